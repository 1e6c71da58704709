package dev.weft.wasm.model;

import java.util.Objects;

/** A store to memory 0; {@code align} is in bytes. */
public record Store(StoreOp op, long offset, int align) implements Instr {
    /** Checks offset is a u32 and align (in bytes, as in the text format) a power of two at most the width. */
    public Store {
        Objects.requireNonNull(op, "op");
        MemArgs.check(offset, align, op.bytes(), op.name());
    }
}
