package dev.weft.wasm.model;

/** Operand width of an integer instruction family. */
public enum IntType {
    I32, I64;

    public ValType valType() {
        return this == I32 ? ValType.I32 : ValType.I64;
    }
}
