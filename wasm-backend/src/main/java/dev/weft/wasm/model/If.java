package dev.weft.wasm.model;

import java.util.List;
import java.util.Objects;

/** {@code if} on an i32 condition already on the stack; an empty else arm is not written. */
public record If(Label label, BlockType type, List<Instr> then, List<Instr> otherwise) implements Instr {
    public If {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        then = List.copyOf(then);
        otherwise = List.copyOf(otherwise);
    }
}
