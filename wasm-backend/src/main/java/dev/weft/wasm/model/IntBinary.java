package dev.weft.wasm.model;

import java.util.Objects;

/** Integer arithmetic and bitwise operators, {@code t t -> t}. */
public record IntBinary(IntType type, IntBinOp op) implements Instr {
    public IntBinary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(op, "op");
    }
}
