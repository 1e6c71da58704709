package dev.weft.wasm.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A function of one {@link WasmModule}, compared by identity and named uniquely within it.
 * Obtained from {@link WasmModule#function(String)} as an undefined declaration, so calls can
 * refer to it before it is defined; then defined once, either as an import or with code.
 */
public final class WasmFunction {
    /** Where an imported function comes from. */
    public record Import(String module, String field) {
        public Import {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(field, "field");
        }
    }

    private final WasmModule owner;
    private final String name;
    private FuncType type;
    private Import importFrom;
    private List<WasmLocal> params = List.of();
    private List<WasmLocal> locals = List.of();
    private List<Instr> body = List.of();

    WasmFunction(WasmModule owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public WasmModule module() {
        return owner;
    }

    /** True once imported or defined with code. */
    public boolean isDefined() {
        return type != null;
    }

    public boolean isImport() {
        return importFrom != null;
    }

    /** The import source; only for imported functions. */
    public Import importFrom() {
        if (importFrom == null) {
            throw new IllegalStateException("function $" + name + " is not imported");
        }
        return importFrom;
    }

    public FuncType type() {
        if (type == null) {
            throw new LinkException("function $" + name + " is declared but not defined");
        }
        return type;
    }

    /** Parameters as locals (index 0..n-1); empty for imports. */
    public List<WasmLocal> params() {
        return params;
    }

    /** Locals after the parameters; empty for imports. */
    public List<WasmLocal> locals() {
        return locals;
    }

    public List<Instr> body() {
        return body;
    }

    /** Makes this function an import. */
    public WasmFunction defineImport(String module, String field, FuncType type) {
        checkUndefined();
        this.importFrom = new Import(module, field);
        this.type = Objects.requireNonNull(type, "type");
        owner.defined(this);
        return this;
    }

    /**
     * Gives this function code. {@code params} must match {@code type.params()}; params and
     * locals must be distinct objects.
     */
    public WasmFunction define(FuncType type, List<WasmLocal> params, List<WasmLocal> locals, List<Instr> body) {
        checkUndefined();
        Objects.requireNonNull(type, "type");
        List<WasmLocal> ps = List.copyOf(params);
        List<WasmLocal> ls = List.copyOf(locals);
        if (ps.size() != type.params().size()) {
            throw new IllegalArgumentException("function $" + name + ": " + ps.size()
                    + " parameter locals for type " + type);
        }
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).type() != type.params().get(i)) {
                throw new IllegalArgumentException("function $" + name + ": parameter " + i + " is "
                        + ps.get(i).type().text() + " but the type says " + type.params().get(i).text());
            }
        }
        Set<WasmLocal> seen = new HashSet<>();
        for (WasmLocal l : ps) {
            if (!seen.add(l)) throw new IllegalArgumentException("function $" + name + ": local " + l + " listed twice");
        }
        for (WasmLocal l : ls) {
            if (!seen.add(l)) throw new IllegalArgumentException("function $" + name + ": local " + l + " listed twice");
        }
        this.type = type;
        this.params = ps;
        this.locals = ls;
        this.body = List.copyOf(body);
        owner.defined(this);
        return this;
    }

    private void checkUndefined() {
        if (type != null) {
            throw new LinkException("function $" + name + " is defined twice");
        }
    }

    @Override
    public String toString() {
        return "$" + name;
    }
}
