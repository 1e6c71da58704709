package dev.weft.wasm.model;

/** Float comparisons, {@code t t -> i32}. Declared in opcode order (the writer relies on it). */
public enum FloatCmpOp {
    EQ, NE, LT, GT, LE, GE
}
