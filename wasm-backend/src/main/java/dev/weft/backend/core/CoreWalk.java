package dev.weft.backend.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one way to walk core IR: the direct subexpressions of a node, and the
 * node rebuilt with each of them replaced. Passes, analyses and tests use it
 * instead of a traversal of their own, so that a new core form is taught to
 * the walk once. A match's subexpressions are the guards of its decision tree
 * (tree order) and then its arm bodies; a lambda's is its body, which runs
 * later and elsewhere (pass/ClosureConversion), so that a walk asking about
 * evaluation or tail position treats a {@link CoreExpr.Lambda} itself.
 */
public final class CoreWalk {
    private CoreWalk() {}

    /** The direct subexpressions, in the order they are evaluated where that order is fixed. */
    public static List<CoreExpr> children(CoreExpr e) {
        List<CoreExpr> out = new ArrayList<>();
        map(e, child -> {
            out.add(child);
            return child;
        });
        return out;
    }

    /** Every node of the tree, the root first, each before its subexpressions. */
    public static void forEach(CoreExpr e, Consumer<CoreExpr> visit) {
        List<CoreExpr> stack = new ArrayList<>();
        stack.add(e);
        while (!stack.isEmpty()) {
            CoreExpr next = stack.remove(stack.size() - 1);
            visit.accept(next);
            List<CoreExpr> kids = children(next);
            for (int i = kids.size() - 1; i >= 0; i--) stack.add(kids.get(i));
        }
    }

    /** The node rebuilt with {@code f} applied to each direct subexpression (leaves as they are). */
    public static CoreExpr map(CoreExpr e, UnaryOperator<CoreExpr> f) {
        return switch (e) {
            case CoreExpr.IntConst c -> c;
            case CoreExpr.FloatConst c -> c;
            case CoreExpr.CharConst c -> c;
            case CoreExpr.BoolConst c -> c;
            case CoreExpr.StrConst c -> c;
            case CoreExpr.UnitConst c -> c;
            case CoreExpr.Get g -> g;
            case CoreExpr.StaticObject o -> o;
            case CoreExpr.Null n -> n;
            case CoreExpr.Let l -> new CoreExpr.Let(l.var(), f.apply(l.value()), f.apply(l.body()));
            case CoreExpr.Seq s -> new CoreExpr.Seq(all(s.effects(), f), f.apply(s.result()));
            case CoreExpr.If i -> new CoreExpr.If(f.apply(i.cond()), f.apply(i.then()), f.apply(i.orElse()), i.rep());
            case CoreExpr.Call c -> new CoreExpr.Call(c.function(), all(c.args(), f));
            case CoreExpr.SelfTailCall t -> new CoreExpr.SelfTailCall(all(t.args(), f), t.rep());
            case CoreExpr.Prim p -> new CoreExpr.Prim(p.op(), all(p.args(), f), p.position(), p.rep());
            case CoreExpr.Alloc a -> new CoreExpr.Alloc(a.tag(), all(a.fields(), f));
            case CoreExpr.Load l -> new CoreExpr.Load(f.apply(l.object()), l.slot(), l.rep());
            case CoreExpr.MakeClosure c -> new CoreExpr.MakeClosure(c.code(), all(c.captured(), f));
            case CoreExpr.Lambda l -> new CoreExpr.Lambda(l.name(), l.params(), l.result(), f.apply(l.body()));
            case CoreExpr.CallClosure c -> new CoreExpr.CallClosure(f.apply(c.closure()), all(c.args(), f), c.rep());
            case CoreExpr.Match m -> {
                Decision tree = guards(m.tree(), f);
                yield new CoreExpr.Match(m.scrutinees(), tree, all(m.bodies(), f), m.rep());
            }
        };
    }

    /**
     * Every expression in tail position of e, whose value is e's value: e itself
     * unless it is a let (then its body's), a sequence (its result's), an if
     * (both branches') or a match (every arm body's). What pass/SelfTailCalls
     * and pass/TailGroups mean by a tail call.
     */
    public static void tails(CoreExpr e, Consumer<CoreExpr> visit) {
        mapTails(e, t -> {
            visit.accept(t);
            return t;
        });
    }

    /** e rebuilt with {@code f} applied to each expression in tail position ({@link #tails}); e itself if f changed none. */
    public static CoreExpr mapTails(CoreExpr e, UnaryOperator<CoreExpr> f) {
        return switch (e) {
            case CoreExpr.Let l -> {
                CoreExpr body = mapTails(l.body(), f);
                yield body == l.body() ? l : new CoreExpr.Let(l.var(), l.value(), body);
            }
            case CoreExpr.Seq s -> {
                CoreExpr result = mapTails(s.result(), f);
                yield result == s.result() ? s : new CoreExpr.Seq(s.effects(), result);
            }
            case CoreExpr.If i -> {
                CoreExpr then = mapTails(i.then(), f);
                CoreExpr orElse = mapTails(i.orElse(), f);
                yield then == i.then() && orElse == i.orElse() ? i : new CoreExpr.If(i.cond(), then, orElse, i.rep());
            }
            case CoreExpr.Match m -> {
                List<CoreExpr> bodies = new ArrayList<>(m.bodies().size());
                boolean changed = false;
                for (CoreExpr b : m.bodies()) {
                    CoreExpr t = mapTails(b, f);
                    changed |= t != b;
                    bodies.add(t);
                }
                yield changed ? new CoreExpr.Match(m.scrutinees(), m.tree(), bodies, m.rep()) : m;
            }
            default -> f.apply(e);
        };
    }

    /** The tree with {@code f} applied to each leaf's guard. */
    public static Decision guards(Decision d, UnaryOperator<CoreExpr> f) {
        return switch (d) {
            case Decision.Switch s -> {
                List<Decision.Case> cases = new ArrayList<>();
                for (Decision.Case c : s.cases()) cases.add(new Decision.Case(c.key(), guards(c.then(), f)));
                yield new Decision.Switch(s.path(), cases, guards(s.otherwise(), f));
            }
            case Decision.Leaf l -> l.guard() == null ? l
                    : new Decision.Leaf(l.arm(), l.binds(), f.apply(l.guard()), guards(l.guardFailed(), f));
            case Decision.Fail x -> x;
        };
    }

    /** Every leaf of the tree, guard failures included. */
    public static void leaves(Decision d, Consumer<Decision.Leaf> visit) {
        switch (d) {
            case Decision.Switch s -> {
                for (Decision.Case c : s.cases()) leaves(c.then(), visit);
                leaves(s.otherwise(), visit);
            }
            case Decision.Leaf l -> {
                visit.accept(l);
                if (l.guardFailed() != null) leaves(l.guardFailed(), visit);
            }
            case Decision.Fail x -> {}
        }
    }

    private static List<CoreExpr> all(List<CoreExpr> es, UnaryOperator<CoreExpr> f) {
        List<CoreExpr> out = new ArrayList<>(es.size());
        for (CoreExpr e : es) out.add(f.apply(e));
        return out;
    }
}
