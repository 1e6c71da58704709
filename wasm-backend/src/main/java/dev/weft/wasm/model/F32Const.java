package dev.weft.wasm.model;

/** {@code f32.const}; NaN payloads are kept bit for bit. */
public record F32Const(float value) implements Instr {}
