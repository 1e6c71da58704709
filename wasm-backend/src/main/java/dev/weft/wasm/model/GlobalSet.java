package dev.weft.wasm.model;

import java.util.Objects;

/** {@code global.set}. */
public record GlobalSet(WasmGlobal global) implements Instr {
    public GlobalSet {
        Objects.requireNonNull(global, "global");
    }
}
