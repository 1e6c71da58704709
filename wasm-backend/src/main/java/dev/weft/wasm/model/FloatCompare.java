package dev.weft.wasm.model;

import java.util.Objects;

/** Float comparisons, {@code t t -> i32}. */
public record FloatCompare(FloatType type, FloatCmpOp op) implements Instr {
    public FloatCompare {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(op, "op");
    }
}
