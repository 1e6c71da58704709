package dev.weft.wasm.model;

import java.util.Objects;

/** Conversion between number types. */
public record Convert(ConvertOp op) implements Instr {
    public Convert {
        Objects.requireNonNull(op, "op");
    }
}
