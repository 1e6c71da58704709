package dev.weft.wasm.model;

import java.util.Objects;

/** Float unary operators, {@code t -> t}. */
public record FloatUnary(FloatType type, FloatUnOp op) implements Instr {
    public FloatUnary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(op, "op");
    }
}
