package dev.weft.wasm.model;

/** Unary float operators, {@code t -> t}. Declared in opcode order (the writer relies on it). */
public enum FloatUnOp {
    ABS, NEG, CEIL, FLOOR, TRUNC, NEAREST, SQRT
}
