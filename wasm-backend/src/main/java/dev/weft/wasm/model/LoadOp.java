package dev.weft.wasm.model;

import static dev.weft.wasm.model.ValType.F32;
import static dev.weft.wasm.model.ValType.F64;
import static dev.weft.wasm.model.ValType.I32;
import static dev.weft.wasm.model.ValType.I64;

/** Loads of every width; declared in opcode order 0x28..0x35 (the writer relies on it). */
public enum LoadOp {
    I32_LOAD(I32, 4), I64_LOAD(I64, 8), F32_LOAD(F32, 4), F64_LOAD(F64, 8),
    I32_LOAD8_S(I32, 1), I32_LOAD8_U(I32, 1), I32_LOAD16_S(I32, 2), I32_LOAD16_U(I32, 2),
    I64_LOAD8_S(I64, 1), I64_LOAD8_U(I64, 1), I64_LOAD16_S(I64, 2), I64_LOAD16_U(I64, 2),
    I64_LOAD32_S(I64, 4), I64_LOAD32_U(I64, 4);

    private final ValType type;
    private final int bytes;

    LoadOp(ValType type, int bytes) {
        this.type = type;
        this.bytes = bytes;
    }

    /** The type of the loaded value. */
    public ValType type() {
        return type;
    }

    /** Bytes read from memory, which is also the natural alignment. */
    public int bytes() {
        return bytes;
    }
}
