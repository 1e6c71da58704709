package dev.weft.wasm.model;

import static dev.weft.wasm.model.ValType.F32;
import static dev.weft.wasm.model.ValType.F64;
import static dev.weft.wasm.model.ValType.I32;
import static dev.weft.wasm.model.ValType.I64;

/** Stores of every width; declared in opcode order 0x36..0x3E (the writer relies on it). */
public enum StoreOp {
    I32_STORE(I32, 4), I64_STORE(I64, 8), F32_STORE(F32, 4), F64_STORE(F64, 8),
    I32_STORE8(I32, 1), I32_STORE16(I32, 2),
    I64_STORE8(I64, 1), I64_STORE16(I64, 2), I64_STORE32(I64, 4);

    private final ValType type;
    private final int bytes;

    StoreOp(ValType type, int bytes) {
        this.type = type;
        this.bytes = bytes;
    }

    /** The type of the stored operand. */
    public ValType type() {
        return type;
    }

    /** Bytes written to memory, which is also the natural alignment. */
    public int bytes() {
        return bytes;
    }
}
