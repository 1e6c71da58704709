package dev.weft.wasm.model;

/** Operand width of a floating-point instruction family. */
public enum FloatType {
    F32, F64;

    public ValType valType() {
        return this == F32 ? ValType.F32 : ValType.F64;
    }
}
