package dev.weft.wasm.model;

import java.util.Objects;

/** Branch if the i32 on the stack is non-zero. */
public record BrIf(Label label) implements Instr {
    public BrIf {
        Objects.requireNonNull(label, "label");
    }
}
