package dev.weft.wasm.model;

import java.util.Objects;

/** {@code global.get}. */
public record GlobalGet(WasmGlobal global) implements Instr {
    public GlobalGet {
        Objects.requireNonNull(global, "global");
    }
}
