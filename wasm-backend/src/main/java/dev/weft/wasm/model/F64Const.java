package dev.weft.wasm.model;

/** {@code f64.const}; NaN payloads are kept bit for bit. */
public record F64Const(double value) implements Instr {}
