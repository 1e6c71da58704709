package dev.weft.wasm.model;

/** Binary float operators, {@code t t -> t}. Declared in opcode order (the writer relies on it). */
public enum FloatBinOp {
    ADD, SUB, MUL, DIV, MIN, MAX, COPYSIGN
}
