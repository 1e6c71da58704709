package dev.weft.wasm.model;

import java.util.Objects;

/** {@code memory.size}, {@code memory.grow}, {@code memory.copy}, {@code memory.fill} on memory 0. */
public record MemoryInstr(MemoryOp op) implements Instr {
    public MemoryInstr {
        Objects.requireNonNull(op, "op");
    }
}
