package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.TypePrinter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code show}, {@code ==}, the orderings and {@code send} applied to a type variable of a
 * polymorphic function or local: {@code sort(xs: List[a])} compares its
 * elements, so {@code sort([parse_int])} must be an error (E0207) at the use,
 * not a derived comparison of functions that the backend cannot make. With no
 * type classes, such a need stays open when the definition is typed; it is
 * carried by the variable and checked here, once the whole program is typed,
 * at every use on what the variable was instantiated with there. A use that
 * instantiates it with another open variable passes the need on to whatever
 * that variable belongs to (the calling function, or a generalized local), so
 * {@code f(x) = sort([x])} called with a function is caught at f's call.
 *
 * <p>After typing, not at each use, because uses are not typed after the
 * definitions they use: functions with a declared type do not order the
 * typing (decision 0003), so a call of {@code sort} may be typed before
 * {@code sort}'s body. A need is kept per variable (a need on {@code List[a]}
 * is a need on {@code a}: List holds no function of its own), which bounds
 * the propagation even through polymorphic recursion.
 */
final class PolymorphicNeeds {
    private PolymorphicNeeds() {}

    /** A use of a polymorphic function or local, as instantiated there. */
    record Use(Symbol owner, Span span, SourceFile file, Type instance) {}

    /** A need on one variable, and where the operator that needs it stands (for the message). */
    record Need(TVar var, Operators.Need kind, String operator, SourceFile file, Span at) {
        /** "4:20", or "std/list.weft:62:56" when seen from another file. */
        String where(SourceFile from) {
            return (file == from ? "" : file.name() + ":") + at.line() + ":" + at.column();
        }
    }

    /**
     * The needs a component's settled operators leave on variables: those of
     * show, ==, the orderings and send whose type breaks none but has
     * variables. (Arithmetic and ++ never stay open: they default.)
     */
    static List<Need> open(List<Operators.Deferred> settled, SourceFile file, TypeDefs types) {
        List<Need> out = new ArrayList<>();
        for (Operators.Deferred d : settled) {
            if (!d.need().checkedAtUses()) continue;
            if (Operators.violated(d.need(), d.type(), types)) continue; // reported by settle
            List<TVar> vars = new ArrayList<>();
            Substitution.freeVariables(d.type(), vars);
            Span at = d.use() != null ? d.use().operatorSpan() : d.span();
            for (TVar v : vars) out.add(new Need(v, d.need(), d.operator(), file, at));
        }
        return out;
    }

    /**
     * Checks every open need at every use, reporting E0207 (E0213 for send) where a use
     * instantiates a needy variable with a type that holds a function (or, for
     * the orderings, a Pid).
     */
    static void check(List<BodyTyper> typers, Map<Symbol.TopLevel, Type.Fun> bodyTypes,
            Map<Symbol.Local, Scheme> localSchemes, TypeDefs types, Diagnostics diagnostics) {
        List<Need> initial = new ArrayList<>();
        for (BodyTyper t : typers) initial.addAll(t.openNeeds());
        if (initial.isEmpty()) return; // the common case: nothing polymorphic compares or shows
        // Whose variable each is: a function's (free in the type its body was checked against) or a local's.
        Map<TVar, Symbol> owners = new IdentityHashMap<>();
        Map<Symbol, Type> generic = new HashMap<>();
        bodyTypes.forEach((f, type) -> {
            generic.put(f, type);
            List<TVar> vars = new ArrayList<>();
            Substitution.freeVariables(type, vars);
            for (TVar v : vars) owners.putIfAbsent(v, f);
        });
        localSchemes.forEach((local, scheme) -> {
            generic.put(local, scheme.type());
            for (TVar q : scheme.quantified()) owners.put(q, local);
        });
        Map<Symbol, List<Use>> uses = new HashMap<>();
        for (BodyTyper t : typers) for (Use u : t.uses()) uses.computeIfAbsent(u.owner(), k -> new ArrayList<>()).add(u);

        Set<Need> seen = new HashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        ArrayDeque<Need> work = new ArrayDeque<>();
        for (Need n : initial) if (owners.containsKey(n.var()) && seen.add(n)) work.add(n);
        while (!work.isEmpty()) {
            Need n = work.poll();
            Symbol owner = owners.get(n.var());
            for (Use u : uses.getOrDefault(owner, List.of())) {
                Map<TVar, Type> image = new IdentityHashMap<>();
                match(generic.get(owner), u.instance(), image);
                Type t = image.get(n.var());
                if (t == null) continue;
                if (Operators.violated(n.kind(), t, types)) {
                    if (reported.add(u.file().name() + ":" + u.span().start() + ":" + n.file().name() + ":" + n.at().start())) {
                        String operator = Operators.named(n.operator());
                        diagnostics.error(Operators.code(n.kind()), u.file(), u.span(), "this use of '" + owner.displayName()
                                + "' needs " + operator + " (at " + n.where(u.file()) + ") on " + TypePrinter.print(t) + "; "
                                + n.operator() + " works on " + Operators.needs(n.kind()));
                    }
                    continue;
                }
                List<TVar> vars = new ArrayList<>();
                Substitution.freeVariables(t, vars);
                for (TVar w : vars) {
                    Need next = new Need(w, n.kind(), n.operator(), n.file(), n.at());
                    if (owners.containsKey(w) && seen.add(next)) work.add(next);
                }
            }
        }
    }

    /** Binds the variables of {@code pattern} to the parts of {@code target} standing where they stand; binds nothing in either. */
    private static void match(Type pattern, Type target, Map<TVar, Type> image) {
        Type p = pattern.resolve();
        Type t = target.resolve();
        switch (p) {
            case TVar v -> image.putIfAbsent(v, t);
            case Type.Con c -> {
                if (t instanceof Type.Con d && d.args().size() == c.args().size()) {
                    for (int i = 0; i < c.args().size(); i++) match(c.args().get(i), d.args().get(i), image);
                }
            }
            case Type.Fun f -> {
                if (t instanceof Type.Fun g && g.params().size() == f.params().size()) {
                    for (int i = 0; i < f.params().size(); i++) match(f.params().get(i), g.params().get(i), image);
                    match(f.result(), g.result(), image);
                }
            }
        }
    }
}
