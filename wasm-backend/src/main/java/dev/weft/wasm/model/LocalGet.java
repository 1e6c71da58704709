package dev.weft.wasm.model;

import java.util.Objects;

/** {@code local.get}; the local must belong to the enclosing function. */
public record LocalGet(WasmLocal local) implements Instr {
    public LocalGet {
        Objects.requireNonNull(local, "local");
    }
}
