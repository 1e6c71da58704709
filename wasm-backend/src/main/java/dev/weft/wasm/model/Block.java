package dev.weft.wasm.model;

import java.util.List;
import java.util.Objects;

/** {@code block}: a branch to its label jumps past the end. */
public record Block(Label label, BlockType type, List<Instr> body) implements Instr {
    public Block {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        body = List.copyOf(body);
    }
}
