package dev.weft.frontend.check;

import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.syntax.Stmt;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Let-polymorphism for block-local bindings (docs/language.md, "Local
 * polymorphism"). A binding {@code x = v} by a plain name whose value is a
 * syntactic value is typed one level deeper than its block and generalized over
 * the variables still deeper afterwards: Rémy's levels keep out every variable
 * that something outside the binding (a captured parameter, an enclosing
 * local) can still reach. Each use instantiates the scheme with fresh
 * variables, recorded per use so that the backend can lower the value once per
 * concrete instantiation.
 *
 * <p>One table set per component, made only when the component generalizes a
 * local: monomorphic code never allocates here.
 */
final class LocalSchemes {
    private final Map<Symbol.Local, Scheme> schemes = new IdentityHashMap<>();
    /**
     * Operator needs ({@code +}, {@code ++}, {@code length}, {@code ==}, {@code show}) on quantified
     * variables: there is no one type to check or default them at, so each use checks them on its
     * own instantiation, as if the value were written out there.
     */
    private final Map<Symbol.Local, List<Operators.Deferred>> needs = new IdentityHashMap<>();
    private final Map<Expr.Var, List<Type>> instantiations = new IdentityHashMap<>();
    private final Set<Symbol.Local> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Map<Symbol.Local, Scheme> schemes() { return schemes; }

    Map<Expr.Var, List<Type>> instantiations() { return instantiations; }

    /**
     * Whether a binding is generalized: a plain binder (a destructuring pattern
     * stays monomorphic) bound to a syntactic value. Values only, as in ML's
     * value restriction: the backend copies the value per type it is used at,
     * and a copied call would run once per type (printing twice, say).
     */
    static boolean generalizable(Stmt.Let let) {
        return let.pattern() instanceof Pattern.Binder && isValue(let.value());
    }

    /** Lambdas, names, literals, and constructors, tuples, lists and records of values: evaluating them has no effect. */
    static boolean isValue(Expr e) {
        return switch (e) {
            case Expr.Lambda l -> true;
            case Expr.Var v -> true;
            case Expr.CtorRef c -> true;
            case Expr.IntLit i -> true;
            case Expr.FloatLit f -> true;
            case Expr.CharLit c -> true;
            case Expr.BoolLit b -> true;
            case Expr.UnitLit u -> true;
            case Expr.StringLit s -> {
                for (Expr.StringPart p : s.parts()) if (p instanceof Expr.Interpolation) yield false;
                yield true;
            }
            case Expr.Paren p -> isValue(p.inner());
            case Expr.Tuple t -> allValues(t.elements());
            case Expr.ListLit l -> allValues(l.elements());
            case Expr.RecordLit r -> {
                for (Expr.FieldInit f : r.fields()) if (!isValue(f.value())) yield false;
                yield true;
            }
            case Expr.Call c -> unparen(c.callee()) instanceof Expr.CtorRef && allValues(c.args());
            default -> false;
        };
    }

    private static boolean allValues(List<Expr> es) {
        for (Expr e : es) if (!isValue(e)) return false;
        return true;
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.inner();
        return e;
    }

    /** Whether t mentions an unbound variable deeper than level; allocates nothing, for the common monomorphic case. */
    static boolean hasVariableDeeperThan(Type t, int level) {
        return switch (t.resolve()) {
            case TVar v -> v.level() > level;
            case Type.Con c -> anyDeeper(c.args(), level);
            case Type.Fun f -> anyDeeper(f.params(), level) || hasVariableDeeperThan(f.result(), level);
        };
    }

    private static boolean anyDeeper(List<Type> ts, int level) {
        for (int i = 0; i < ts.size(); i++) if (hasVariableDeeperThan(ts.get(i), level)) return true;
        return false;
    }

    /**
     * Quantifies t over its variables deeper than level. The needs deferred
     * since mark (while the value was typed) that fall on a quantified variable
     * leave the component's list and go with the scheme.
     */
    void generalize(Symbol.Local local, Type t, int level, List<Operators.Deferred> deferred, int mark) {
        List<TVar> free = new ArrayList<>();
        Substitution.freeVariables(t, free);
        free.removeIf(v -> v.level() <= level);
        schemes.put(local, new Scheme(free, t));
        List<Operators.Deferred> own = new ArrayList<>();
        List<Operators.Deferred> recent = deferred.subList(mark, deferred.size());
        List<Operators.Deferred> kept = new ArrayList<>();
        for (Operators.Deferred d : recent) {
            (d.type().resolve() instanceof TVar v && free.contains(v) ? own : kept).add(d);
        }
        recent.clear();
        recent.addAll(kept);
        needs.put(local, own);
    }

    /**
     * The needs of the generalized locals nothing uses, given back to be settled
     * as a monomorphic binding's are: {@code sq = n -> n * n} alone defaults to
     * Int, and the backend lowers its one copy at that type.
     */
    void settleUnused(List<Operators.Deferred> deferred) {
        needs.forEach((local, own) -> {
            if (!used.contains(local)) deferred.addAll(own);
        });
    }

    /** The type of a use of local: its scheme instantiated at level (recorded for the backend), or its plain type. */
    Type use(Expr.Var use, Symbol.Local local, BodyTyper typer) {
        Scheme scheme = schemes.get(local);
        if (scheme == null) return typer.localTypes().getOrDefault(local, dev.weft.frontend.types.Types.ERROR);
        Map<TVar, Type> fresh = new HashMap<>();
        List<Type> args = new ArrayList<>(scheme.quantified().size());
        for (TVar q : scheme.quantified()) {
            TVar v = new TVar(typer.level());
            fresh.put(q, v);
            args.add(v);
        }
        instantiations.put(use, List.copyOf(args));
        used.add(local);
        for (Operators.Deferred d : needs.get(local)) {
            var origin = new Operators.LocalUse(local.displayName(), d.use() != null ? d.use().operatorSpan() : d.span());
            typer.defer(new Operators.Deferred(d.need(), Substitution.apply(d.type(), fresh), use.span(), d.operator(), origin));
        }
        Type instance = Substitution.apply(scheme.type(), fresh);
        typer.recordUse(local, use.span(), instance);
        return instance;
    }
}
