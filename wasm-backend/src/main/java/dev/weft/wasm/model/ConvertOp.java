package dev.weft.wasm.model;

import static dev.weft.wasm.model.ValType.F32;
import static dev.weft.wasm.model.ValType.F64;
import static dev.weft.wasm.model.ValType.I32;
import static dev.weft.wasm.model.ValType.I64;

/**
 * Conversions between number types, {@code from -> to}. The constant's name is the text
 * mnemonic with the first underscore read as a dot ({@code I32_WRAP_I64} is {@code i32.wrap_i64}).
 * The MVP ones are declared in opcode order 0xA7..0xBF, then the saturating truncations
 * (0xFC 0..7); the writer relies on it.
 */
public enum ConvertOp {
    I32_WRAP_I64(I64, I32),
    I32_TRUNC_F32_S(F32, I32), I32_TRUNC_F32_U(F32, I32),
    I32_TRUNC_F64_S(F64, I32), I32_TRUNC_F64_U(F64, I32),
    I64_EXTEND_I32_S(I32, I64), I64_EXTEND_I32_U(I32, I64),
    I64_TRUNC_F32_S(F32, I64), I64_TRUNC_F32_U(F32, I64),
    I64_TRUNC_F64_S(F64, I64), I64_TRUNC_F64_U(F64, I64),
    F32_CONVERT_I32_S(I32, F32), F32_CONVERT_I32_U(I32, F32),
    F32_CONVERT_I64_S(I64, F32), F32_CONVERT_I64_U(I64, F32),
    F32_DEMOTE_F64(F64, F32),
    F64_CONVERT_I32_S(I32, F64), F64_CONVERT_I32_U(I32, F64),
    F64_CONVERT_I64_S(I64, F64), F64_CONVERT_I64_U(I64, F64),
    F64_PROMOTE_F32(F32, F64),
    I32_REINTERPRET_F32(F32, I32), I64_REINTERPRET_F64(F64, I64),
    F32_REINTERPRET_I32(I32, F32), F64_REINTERPRET_I64(I64, F64),
    I32_TRUNC_SAT_F32_S(F32, I32), I32_TRUNC_SAT_F32_U(F32, I32),
    I32_TRUNC_SAT_F64_S(F64, I32), I32_TRUNC_SAT_F64_U(F64, I32),
    I64_TRUNC_SAT_F32_S(F32, I64), I64_TRUNC_SAT_F32_U(F32, I64),
    I64_TRUNC_SAT_F64_S(F64, I64), I64_TRUNC_SAT_F64_U(F64, I64);

    private final ValType from;
    private final ValType to;

    ConvertOp(ValType from, ValType to) {
        this.from = from;
        this.to = to;
    }

    public ValType from() {
        return from;
    }

    public ValType to() {
        return to;
    }

    /** True for the non-trapping (saturating) float-to-int truncations. */
    public boolean saturating() {
        return ordinal() >= I32_TRUNC_SAT_F32_S.ordinal();
    }
}
