package dev.weft.wasm.model;

import java.util.Objects;

/** A parameter or local of one function, compared by identity; the name (nullable) goes to the name section. */
public final class WasmLocal {
    private final String name;
    private final ValType type;

    public WasmLocal(String name, ValType type) {
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
    }

    /** May be null. */
    public String name() {
        return name;
    }

    public ValType type() {
        return type;
    }

    @Override
    public String toString() {
        return (name == null ? "local" : "$" + name) + ":" + type.text();
    }
}
