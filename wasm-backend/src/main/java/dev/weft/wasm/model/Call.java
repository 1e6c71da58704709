package dev.weft.wasm.model;

import java.util.Objects;

/** Direct call; the callee may still be an undefined declaration when the call is built. */
public record Call(WasmFunction function) implements Instr {
    public Call {
        Objects.requireNonNull(function, "function");
    }
}
