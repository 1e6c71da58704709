package dev.weft.matrix.generate;

import dev.weft.matrix.generate.GenType.Data;
import dev.weft.matrix.generate.GenType.ListOf;
import dev.weft.matrix.generate.GenType.OptionOf;
import dev.weft.matrix.generate.GenType.Pair;
import dev.weft.matrix.generate.GenType.Prim;
import dev.weft.matrix.generate.GenType.Rec;
import dev.weft.matrix.generate.GenType.VariantDecl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code match} expressions that are exhaustive and have no unreachable arm,
 * by construction: first the arms that cannot cover a case alone (guarded
 * arms, and at most one refutable pattern per constructor or distinct
 * literals), then the covering arms (a constructor with binders, both Bools,
 * {@code []} and {@code [h, ...t]}), then {@code _} exactly when some case is
 * still open. The checker would warn (W0201) about a {@code _} after a complete
 * set, and reject (E0208) a match without one.
 */
final class Matches {
    /** An arm before its body: the pattern, what it binds, and whether it gets a guard. */
    record Arm(String pattern, List<Scope.Var> binds, boolean guarded) {}

    private final Gen g;
    private final Expressions ex;
    private final Literals literals;

    Matches(Gen g, Expressions ex, Literals literals) {
        this.g = g;
        this.ex = ex;
        this.literals = literals;
    }

    /** A one-line match of result type t on a scrutinee of a random type, arms separated by {@code ;}. */
    String inline(GenType t, Scope s, int depth) {
        GenType scrutinee = ex.comparable(1);
        return "match " + ex.gen(scrutinee, s, depth - 1).operand() + " { "
                + String.join("; ", arms(scrutinee, t, s, depth)) + " }";
    }

    /** The arms' texts for a scrutinee type, each {@code pattern [if guard] -> body}. */
    List<String> arms(GenType scrutinee, GenType result, Scope s, int depth) {
        List<String> out = new ArrayList<>();
        for (Arm a : plan(scrutinee)) {
            Scope inner = s.with(a.binds());
            String guard = a.guarded() ? " if " + ex.gen(Prim.BOOL, inner, 1).text() : "";
            out.add(a.pattern() + guard + " -> " + ex.gen(result, inner, depth - 1, true).text());
        }
        return out;
    }

    List<Arm> plan(GenType t) {
        List<Arm> arms = new ArrayList<>();
        boolean complete = switch (t) {
            case OptionOf o -> option(o, arms);
            case Data d -> data(d, arms);
            case ListOf l -> list(l, arms);
            case Pair p -> pair(p, arms);
            case Rec r -> record(r, arms);
            case Prim p when p == Prim.BOOL -> bool(arms);
            case Prim p when Literals.hasLiteralPatterns(p) -> literal(p, arms);
            default -> {
                if (g.chance(0.5)) arms.add(binder(t, false));
                else arms.add(new Arm("_", List.of(), false));
                yield true;
            }
        };
        if (!complete) arms.add(g.chance(0.6) || !t.comparable() ? new Arm("_", List.of(), false) : binder(t, false));
        return arms;
    }

    private Arm binder(GenType t, boolean guarded) {
        String m = g.fresh("m");
        return new Arm(m, List.of(new Scope.Var(m, t)), guarded);
    }

    private boolean option(OptionOf o, List<Arm> arms) {
        GenType e = o.element();
        if (g.chance(0.4)) {
            Arm b = binder(e, true);
            arms.add(new Arm("Some(" + b.pattern() + ")", b.binds(), true));
        }
        Optional<Arm> refutable = refutable(e);
        if (refutable.isPresent() && g.chance(0.4)) {
            arms.add(new Arm("Some(" + refutable.get().pattern() + ")", refutable.get().binds(), false));
        }
        boolean some = g.chance(0.8);
        boolean none = g.chance(0.8);
        List<Arm> covering = new ArrayList<>();
        if (some) {
            Arm b = g.chance(0.2) ? new Arm("_", List.of(), false) : binder(e, false);
            covering.add(new Arm("Some(" + b.pattern() + ")", b.binds(), false));
        }
        if (none) covering.add(new Arm("None", List.of(), false));
        java.util.Collections.shuffle(covering, g.random);
        arms.addAll(covering);
        return some && none;
    }

    private boolean data(Data d, List<Arm> arms) {
        List<VariantDecl.Ctor> ctors = d.decl().ctors();
        if (g.chance(0.5)) {
            VariantDecl.Ctor c = g.pick(ctors);
            arms.add(ctorArm(d, c, true, -1));
        }
        if (g.chance(0.5)) {
            VariantDecl.Ctor c = g.pick(ctors);
            List<GenType> fields = d.fields(c);
            for (int i = 0; i < fields.size(); i++) {
                if (refutable(fields.get(i)).isPresent()) {
                    arms.add(ctorArm(d, c, false, i));
                    break;
                }
            }
        }
        boolean complete = true;
        List<VariantDecl.Ctor> order = new ArrayList<>(ctors);
        java.util.Collections.shuffle(order, g.random);
        for (VariantDecl.Ctor c : order) {
            if (g.chance(0.75)) arms.add(ctorArm(d, c, false, -2));
            else complete = false;
        }
        return complete;
    }

    /**
     * A constructor pattern: binders (or {@code _}) for its fields, except the
     * field at {@code refutableField}, which gets a refutable pattern.
     */
    private Arm ctorArm(Data d, VariantDecl.Ctor c, boolean guarded, int refutableField) {
        List<GenType> fields = d.fields(c);
        if (fields.isEmpty()) return new Arm(c.name(), List.of(), guarded);
        List<String> parts = new ArrayList<>();
        List<Scope.Var> binds = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Arm sub = i == refutableField ? refutable(fields.get(i)).orElseThrow()
                    : g.chance(0.2) ? new Arm("_", List.of(), false) : binder(fields.get(i), false);
            parts.add(sub.pattern());
            binds.addAll(sub.binds());
        }
        return new Arm(c.name() + "(" + String.join(", ", parts) + ")", binds, guarded);
    }

    /** A pattern that matches some values of t but not all, when t has one here. */
    private Optional<Arm> refutable(GenType t) {
        if (t instanceof Prim p && Literals.hasLiteralPatterns(p)) {
            String lit = literals.pattern(p, new HashSet<>());
            return Optional.of(new Arm(lit, List.of(), false));
        }
        if (t instanceof OptionOf o) {
            if (g.chance(0.5)) return Optional.of(new Arm("None", List.of(), false));
            Arm b = binder(o.element(), false);
            return Optional.of(new Arm("Some(" + b.pattern() + ")", b.binds(), false));
        }
        if (t instanceof ListOf l) {
            if (g.chance(0.5)) return Optional.of(new Arm("[]", List.of(), false));
            Arm b = binder(l.element(), false);
            return Optional.of(new Arm("[" + b.pattern() + "]", b.binds(), false));
        }
        return Optional.empty();
    }

    private boolean list(ListOf l, List<Arm> arms) {
        GenType e = l.element();
        Arm h = binder(e, false);
        Arm t = binder(l, false);
        List<Scope.Var> both = List.of(h.binds().get(0), t.binds().get(0));
        Arm empty = new Arm("[]", List.of(), false);
        Arm cons = new Arm("[" + h.pattern() + ", ..." + t.pattern() + "]", both, false);
        switch (g.between(0, 4)) {
            case 0 -> {
                arms.add(empty);
                arms.add(cons);
                return true;
            }
            case 1 -> {
                arms.add(empty);
                arms.add(new Arm("[" + h.pattern() + "]", h.binds(), false));
                return false;
            }
            case 2 -> {
                arms.add(new Arm(cons.pattern(), both, true));
                arms.add(empty);
                return false;
            }
            case 3 -> {
                Arm second = binder(e, false);
                arms.add(new Arm("[" + h.pattern() + ", " + second.pattern() + ", ..._]",
                        List.of(h.binds().get(0), second.binds().get(0)), false));
                return false;
            }
            default -> {
                Arm second = binder(e, false);
                arms.add(new Arm("[" + h.pattern() + "]", h.binds(), false));
                arms.add(empty);
                arms.add(new Arm("[_, " + second.pattern() + ", ..." + t.pattern() + "]",
                        List.of(second.binds().get(0), t.binds().get(0)), false));
                return true;
            }
        }
    }

    private boolean pair(Pair p, List<Arm> arms) {
        if (Literals.hasLiteralPatterns(p.first())) {
            Set<String> used = new HashSet<>();
            for (int i = g.between(0, 2); i > 0; i--) {
                String lit = literals.pattern((Prim) p.first(), used);
                if (lit == null) continue;
                Arm b = binder(p.second(), false);
                arms.add(new Arm("(" + lit + ", " + b.pattern() + ")", b.binds(), false));
            }
        }
        Arm a = binder(p.first(), false);
        Arm b = binder(p.second(), false);
        List<Scope.Var> both = List.of(a.binds().get(0), b.binds().get(0));
        if (g.chance(0.5)) arms.add(new Arm("(" + a.pattern() + ", " + b.pattern() + ")", both, true));
        if (g.chance(0.5)) {
            Arm c = binder(p.first(), false);
            Arm d = binder(p.second(), false);
            arms.add(new Arm("(" + c.pattern() + ", " + d.pattern() + ")", List.of(c.binds().get(0), d.binds().get(0)), false));
            return true;
        }
        return false;
    }

    private boolean record(Rec r, List<Arm> arms) {
        GenType.RecordDecl.Field count = r.decl().fields().stream().filter(f -> f.type() == Prim.INT).findFirst().orElse(null);
        if (count != null && g.chance(0.6)) {
            Arm v = binder(r.arg(), false);
            GenType.RecordDecl.Field value = r.decl().fields().stream().filter(f -> f.type() instanceof GenType.Param)
                    .findFirst().orElseThrow();
            arms.add(new Arm(r.decl().name() + "{" + count.name() + ": " + literals.pattern(Prim.INT, new HashSet<>())
                    + ", " + value.name() + ": " + v.pattern() + "}", v.binds(), false));
        }
        GenType.RecordDecl.Field f = g.pick(r.decl().fields());
        Arm b = binder(r.field(f), false);
        if (g.chance(0.5)) arms.add(new Arm(r.decl().name() + "{" + f.name() + ": " + b.pattern() + "}", b.binds(), true));
        if (g.chance(0.5)) {
            Arm c = binder(r.field(f), false);
            arms.add(new Arm(r.decl().name() + "{" + f.name() + ": " + c.pattern() + "}", c.binds(), false));
            return true;
        }
        return false;
    }

    private boolean bool(List<Arm> arms) {
        boolean first = g.chance(0.5);
        arms.add(new Arm(Boolean.toString(first), List.of(), false));
        if (g.chance(0.5)) {
            arms.add(new Arm(Boolean.toString(!first), List.of(), false));
            return true;
        }
        return false;
    }

    private boolean literal(Prim p, List<Arm> arms) {
        Set<String> used = new HashSet<>();
        for (int i = g.between(1, 3); i > 0; i--) {
            String lit = literals.pattern(p, used);
            if (lit != null) arms.add(new Arm(lit, List.of(), false));
        }
        if (g.chance(0.4)) arms.add(binder(p, true));
        return false;
    }
}
