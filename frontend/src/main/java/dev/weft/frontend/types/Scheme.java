package dev.weft.frontend.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A type with quantified variables: {@code forall a. (a) -> a}. */
public record Scheme(List<TVar> quantified, Type type) {
    public Scheme {
        quantified = List.copyOf(quantified);
    }

    public static Scheme mono(Type type) { return new Scheme(List.of(), type); }

    /** A fresh copy of the type with new variables at {@code level} for the quantified ones. */
    public Type instantiate(int level) {
        if (quantified.isEmpty()) return type;
        Map<TVar, Type> fresh = new HashMap<>();
        for (TVar v : quantified) fresh.put(v, new TVar(level));
        return Substitution.apply(type, fresh);
    }

    @Override
    public String toString() { return TypePrinter.print(type); }
}
