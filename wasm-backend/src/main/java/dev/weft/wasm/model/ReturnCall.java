package dev.weft.wasm.model;

import java.util.Objects;

/**
 * Tail call (tail-call proposal): the caller's frame is gone before the callee runs, so
 * recursion through it takes no stack. The callee's results must be the caller's.
 */
public record ReturnCall(WasmFunction function) implements Instr {
    public ReturnCall {
        Objects.requireNonNull(function, "function");
    }
}
