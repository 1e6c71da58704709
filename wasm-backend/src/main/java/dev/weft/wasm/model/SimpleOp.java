package dev.weft.wasm.model;

/** Instructions without immediates outside the numeric families. SELECT is the untyped MVP select. */
public enum SimpleOp {
    UNREACHABLE, NOP, DROP, SELECT, RETURN
}
