package dev.weft.wasm.model;

/**
 * Whole-memory instructions on memory 0: size {@code -> i32}, grow {@code i32 -> i32},
 * copy {@code i32 i32 i32 ->} (dest, src, n), fill {@code i32 i32 i32 ->} (dest, byte, n).
 */
public enum MemoryOp {
    SIZE, GROW, COPY, FILL
}
