package dev.weft.wasm.model;

import java.util.Objects;

/** {@code unreachable}, {@code nop}, {@code drop}, {@code select}, {@code return}. */
public record Simple(SimpleOp op) implements Instr {
    public Simple {
        Objects.requireNonNull(op, "op");
    }
}
