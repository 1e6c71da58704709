package dev.weft.wasm.model;

/** Binary integer operators, {@code t t -> t}. Declared in opcode order (the writer relies on it). */
public enum IntBinOp {
    ADD, SUB, MUL, DIV_S, DIV_U, REM_S, REM_U, AND, OR, XOR, SHL, SHR_S, SHR_U, ROTL, ROTR
}
