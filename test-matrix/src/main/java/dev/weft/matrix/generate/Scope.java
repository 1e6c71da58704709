package dev.weft.matrix.generate;

import java.util.ArrayList;
import java.util.List;

/** The names an expression may use, each with its type: parameters, locals, pattern and lambda binders. */
record Scope(List<Var> vars) {
    record Var(String name, GenType type) {}

    static final Scope EMPTY = new Scope(List.of());

    Scope {
        vars = List.copyOf(vars);
    }

    Scope with(String name, GenType type) {
        var more = new ArrayList<>(vars);
        more.add(new Var(name, type));
        return new Scope(more);
    }

    Scope with(List<Var> binds) {
        var more = new ArrayList<>(vars);
        more.addAll(binds);
        return new Scope(more);
    }

    List<Var> ofType(GenType t) {
        return vars.stream().filter(v -> v.type().equals(t)).toList();
    }
}
