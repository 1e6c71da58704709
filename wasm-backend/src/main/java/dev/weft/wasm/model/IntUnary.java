package dev.weft.wasm.model;

import java.util.Objects;

/** Integer unary operators; {@code eqz} yields i32. */
public record IntUnary(IntType type, IntUnOp op) implements Instr {
    public IntUnary {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(op, "op");
        if (op == IntUnOp.EXTEND32_S && type != IntType.I64) {
            throw new IllegalArgumentException("extend32_s exists only for i64");
        }
    }
}
