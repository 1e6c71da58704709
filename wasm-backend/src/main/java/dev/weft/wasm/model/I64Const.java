package dev.weft.wasm.model;

/** {@code i64.const}. */
public record I64Const(long value) implements Instr {}
