package dev.weft.wasm.model;

import java.util.Objects;

/** Integer comparisons, {@code t t -> i32}. */
public record IntCompare(IntType type, IntCmpOp op) implements Instr {
    public IntCompare {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(op, "op");
    }
}
