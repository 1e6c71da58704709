package dev.weft.wasm.model;

import java.util.Objects;

/**
 * A global of one {@link WasmModule}, compared by identity and named uniquely within it;
 * declared on first reference, defined once with a type and a constant initializer.
 */
public final class WasmGlobal {
    private final WasmModule owner;
    private final String name;
    private ValType type;
    private boolean mutable;
    private Instr init;

    WasmGlobal(WasmModule owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean isDefined() {
        return type != null;
    }

    public ValType type() {
        requireDefined();
        return type;
    }

    public boolean mutable() {
        requireDefined();
        return mutable;
    }

    /** A constant instruction ({@link I32Const} etc.) of the global's type. */
    public Instr init() {
        requireDefined();
        return init;
    }

    public WasmGlobal define(ValType type, boolean mutable, Instr init) {
        if (this.type != null) {
            throw new LinkException("global $" + name + " is defined twice");
        }
        Objects.requireNonNull(type, "type");
        ValType initType = switch (init) {
            case I32Const c -> ValType.I32;
            case I64Const c -> ValType.I64;
            case F32Const c -> ValType.F32;
            case F64Const c -> ValType.F64;
            default -> throw new IllegalArgumentException("global $" + name + ": initializer " + init + " is not a constant");
        };
        if (initType != type) {
            throw new IllegalArgumentException("global $" + name + " of type " + type.text()
                    + " initialized with " + initType.text());
        }
        this.type = type;
        this.mutable = mutable;
        this.init = init;
        owner.defined(this);
        return this;
    }

    private void requireDefined() {
        if (type == null) {
            throw new LinkException("global $" + name + " is declared but not defined");
        }
    }

    @Override
    public String toString() {
        return "$" + name;
    }
}
