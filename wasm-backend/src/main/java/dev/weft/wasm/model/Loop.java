package dev.weft.wasm.model;

import java.util.List;
import java.util.Objects;

/** {@code loop}: a branch to its label jumps back to the start. */
public record Loop(Label label, BlockType type, List<Instr> body) implements Instr {
    public Loop {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        body = List.copyOf(body);
    }
}
