package dev.weft.backend.core;

/**
 * How a value is represented at run time. Scalars are unboxed; Unit has no
 * representation at all (a Unit expression leaves nothing on the Wasm stack).
 */
public enum Rep {
    /** Int: i64. */
    I64,
    /** Float: f64. */
    F64,
    /** Bool (0 or 1) and Char (a code point): i32. */
    I32,
    /** A pointer into linear memory (String): i32. */
    REF,
    /** Unit: nothing. */
    UNIT
}
