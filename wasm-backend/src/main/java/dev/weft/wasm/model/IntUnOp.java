package dev.weft.wasm.model;

/**
 * Unary integer operators. {@code EQZ} yields i32; the others {@code t -> t}.
 * {@code EXTEND32_S} exists only for i64. Declared in opcode order within groups.
 */
public enum IntUnOp {
    CLZ, CTZ, POPCNT, EQZ, EXTEND8_S, EXTEND16_S, EXTEND32_S
}
