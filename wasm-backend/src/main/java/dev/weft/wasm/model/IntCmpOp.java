package dev.weft.wasm.model;

/** Integer comparisons, {@code t t -> i32}. Declared in opcode order (the writer relies on it). */
public enum IntCmpOp {
    EQ, NE, LT_S, LT_U, GT_S, GT_U, LE_S, LE_U, GE_S, GE_U
}
