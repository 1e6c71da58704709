package dev.weft.frontend.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Replacing type variables, and reading a type with all bindings followed. */
public final class Substitution {
    private Substitution() {}

    /** The type with each variable in {@code map} replaced; bound variables are followed. */
    public static Type apply(Type type, Map<TVar, Type> map) {
        Type t = type.resolve();
        return switch (t) {
            case TVar v -> map.getOrDefault(v, v);
            case Type.Con c -> c.args().isEmpty() ? c : new Type.Con(c.name(), applyAll(c.args(), map));
            case Type.Fun f -> new Type.Fun(applyAll(f.params(), map), apply(f.result(), map));
        };
    }

    /** The type with every bound variable replaced by its binding (unbound ones stay). */
    public static Type zonk(Type type) {
        return apply(type, Map.of());
    }

    private static List<Type> applyAll(List<Type> types, Map<TVar, Type> map) {
        List<Type> out = new ArrayList<>(types.size());
        for (Type t : types) out.add(apply(t, map));
        return out;
    }

    /** Collects the unbound variables of a type, in order of first appearance. */
    public static void freeVariables(Type type, List<TVar> into) {
        switch (type.resolve()) {
            case TVar v -> { if (!into.contains(v)) into.add(v); }
            case Type.Con c -> c.args().forEach(a -> freeVariables(a, into));
            case Type.Fun f -> {
                f.params().forEach(p -> freeVariables(p, into));
                freeVariables(f.result(), into);
            }
        }
    }
}
