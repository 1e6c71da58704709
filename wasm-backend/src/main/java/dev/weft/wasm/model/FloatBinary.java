package dev.weft.wasm.model;

import java.util.Objects;

/** Float arithmetic, {@code t t -> t}. */
public record FloatBinary(FloatType type, FloatBinOp op) implements Instr {
    public FloatBinary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(op, "op");
    }
}
