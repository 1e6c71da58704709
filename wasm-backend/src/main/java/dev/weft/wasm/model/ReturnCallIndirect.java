package dev.weft.wasm.model;

import java.util.Objects;

/** Tail call through table 0 (tail-call proposal): {@link CallIndirect} that replaces the caller's frame. */
public record ReturnCallIndirect(FuncType type) implements Instr {
    public ReturnCallIndirect {
        Objects.requireNonNull(type, "type");
    }
}
