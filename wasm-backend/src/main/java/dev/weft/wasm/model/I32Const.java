package dev.weft.wasm.model;

/** {@code i32.const}. */
public record I32Const(int value) implements Instr {}
