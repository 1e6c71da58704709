package dev.weft.backend.lower;

import dev.weft.backend.core.Rep;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types within one instance: the function's type variables replaced by the
 * instance's concrete types. A variable that nothing determines (the result of
 * exit(1) in statement position, say) can hold no value, so it becomes Unit.
 */
final class ConcreteTypes {
    private final Map<TVar, Type> substitution;

    private ConcreteTypes(Map<TVar, Type> substitution) {
        this.substitution = substitution;
    }

    /** Matches the type a body was checked against with the instance's concrete type. */
    static ConcreteTypes forInstance(Type.Fun bodyType, Type.Fun concrete) {
        Map<TVar, Type> map = new HashMap<>();
        match(bodyType, concrete, map);
        return new ConcreteTypes(map);
    }

    private static void match(Type pattern, Type concrete, Map<TVar, Type> map) {
        switch (pattern.resolve()) {
            case TVar v -> map.putIfAbsent(v, concrete);
            case Type.Con c -> {
                if (concrete.resolve() instanceof Type.Con d && d.args().size() == c.args().size()) {
                    for (int i = 0; i < c.args().size(); i++) match(c.args().get(i), d.args().get(i), map);
                }
            }
            case Type.Fun f -> {
                if (concrete.resolve() instanceof Type.Fun g && g.params().size() == f.params().size()) {
                    for (int i = 0; i < f.params().size(); i++) match(f.params().get(i), g.params().get(i), map);
                    match(f.result(), g.result(), map);
                }
            }
        }
    }

    /**
     * These types inside one copy of a generalized local's value: its
     * quantified variables replaced by one instantiation's concrete types.
     */
    ConcreteTypes with(List<TVar> quantified, List<Type> concrete) {
        Map<TVar, Type> map = new HashMap<>(substitution);
        for (int i = 0; i < quantified.size(); i++) map.put(quantified.get(i), concrete.get(i));
        return new ConcreteTypes(map);
    }

    /** A type with every variable nothing determines made Unit (the type of a use site, say). */
    static Type defaulted(Type t) {
        return new ConcreteTypes(Map.of()).of(t);
    }

    /** The concrete form of a type seen inside this instance. */
    Type of(Type t) {
        Type applied = Substitution.apply(t, substitution);
        List<TVar> open = new java.util.ArrayList<>();
        Substitution.freeVariables(applied, open);
        if (open.isEmpty()) return applied;
        Map<TVar, Type> toUnit = new HashMap<>();
        for (TVar v : open) toUnit.put(v, Types.UNIT);
        return Substitution.apply(applied, toUnit);
    }

    /** The representation of a concrete type, or empty when this version cannot represent it. */
    static Optional<Rep> rep(Type t) {
        // A function value is a closure: a pointer (decisions/0006).
        if (t.resolve() instanceof Type.Fun) return Optional.of(Rep.REF);
        if (!(t.resolve() instanceof Type.Con c) || c.name().equals("?")) return Optional.empty();
        return switch (c.name()) {
            case "Int" -> Optional.of(Rep.I64);
            case "Float" -> Optional.of(Rep.F64);
            case "Char", "Bool" -> Optional.of(Rep.I32);
            case "Unit" -> Optional.of(Rep.UNIT);
            // Strings, tuples, lists, records and variants are pointers (decisions/0006).
            default -> Optional.of(Rep.REF);
        };
    }
}
