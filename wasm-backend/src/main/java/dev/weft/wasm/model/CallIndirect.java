package dev.weft.wasm.model;

import java.util.Objects;

/**
 * Call through table 0: pops an i32 slot, traps if the slot is null or holds a function of
 * another type, else calls it with {@code type}'s parameters from the stack.
 */
public record CallIndirect(FuncType type) implements Instr {
    public CallIndirect {
        Objects.requireNonNull(type, "type");
    }
}
