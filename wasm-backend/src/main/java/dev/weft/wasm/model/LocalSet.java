package dev.weft.wasm.model;

import java.util.Objects;

/** {@code local.set}; the local must belong to the enclosing function. */
public record LocalSet(WasmLocal local) implements Instr {
    public LocalSet {
        Objects.requireNonNull(local, "local");
    }
}
