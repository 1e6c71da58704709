package dev.weft.wasm.model;

/** The four number types of core WebAssembly; references and vectors are not used. */
public enum ValType {
    I32, I64, F32, F64;

    /** The text-format spelling, e.g. {@code i32}. */
    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
