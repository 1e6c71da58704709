package dev.weft.wasm.model;

import java.util.OptionalInt;

/**
 * The module's one table, of funcref: the functions {@code call_indirect} may reach, by slot.
 * Sizes are in elements; a table starts full of null references, which trap when called.
 */
public record Table(int minSize, OptionalInt maxSize) {
    public Table {
        if (minSize < 0) {
            throw new IllegalArgumentException("table: min " + minSize + " is negative");
        }
        if (maxSize.isPresent() && maxSize.getAsInt() < minSize) {
            throw new IllegalArgumentException("table: max " + maxSize.getAsInt() + " is below min " + minSize);
        }
    }
}
