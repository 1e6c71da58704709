package dev.weft.wasm.model;

import java.util.Objects;

/** Unconditional branch to an enclosing block, loop or if. */
public record Br(Label label) implements Instr {
    public Br {
        Objects.requireNonNull(label, "label");
    }
}
