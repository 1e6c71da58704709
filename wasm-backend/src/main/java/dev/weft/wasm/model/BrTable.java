package dev.weft.wasm.model;

import java.util.List;
import java.util.Objects;

/** Branch to {@code targets[i]} for the i32 operand i, or to {@code otherwise} when out of range. */
public record BrTable(List<Label> targets, Label otherwise) implements Instr {
    public BrTable {
        targets = List.copyOf(targets);
        Objects.requireNonNull(otherwise, "otherwise");
    }
}
