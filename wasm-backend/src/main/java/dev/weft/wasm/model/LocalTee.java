package dev.weft.wasm.model;

import java.util.Objects;

/** {@code local.tee}; the local must belong to the enclosing function. */
public record LocalTee(WasmLocal local) implements Instr {
    public LocalTee {
        Objects.requireNonNull(local, "local");
    }
}
