package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreExpr.Test;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * A match on an object built only to be matched ({@code match (a, b) {...}},
 * {@code (q, r) = (n / d, n % d)}) matches the fields instead, so the object
 * is never allocated: {@code let v = alloc(f0, f1) in match [v]} whose tree
 * neither tests nor binds v itself, and whose guards and bodies do not read
 * it, becomes {@code let s0 = f0 in let s1 = f1 in match [s0, s1]} with each
 * path {@code $0.k...} read as {@code $k...}. The fields are evaluated in the
 * same order, before the match, as the object's were. Paths keep their
 * prefix order, so the decision tree is the one the arms would give over
 * the fields directly.
 */
public final class ScrutineeFields implements CorePass {
    @Override
    public String name() { return "scrutinee-fields"; }

    @Override
    public CoreProgram run(CoreProgram program) {
        for (CoreFunction f : program.functions()) {
            if (!hasCandidate(f.body())) continue;
            f.replaceBody(expr(f.body()));
        }
        return program;
    }

    private static boolean hasCandidate(CoreExpr e) {
        boolean[] found = {false};
        CoreWalk.forEach(e, x -> found[0] |= candidate(x));
        return found[0];
    }

    private static boolean candidate(CoreExpr e) {
        return e instanceof CoreExpr.Let l && l.value() instanceof CoreExpr.Alloc && l.body() instanceof CoreExpr.Match m
                && m.scrutinees().equals(List.of(l.var())) && onlyFields(m.tree()) && !reads(m, l.var());
    }

    private static CoreExpr expr(CoreExpr e) {
        CoreExpr node = CoreWalk.map(e, ScrutineeFields::expr);
        if (!candidate(node)) return node;
        CoreExpr.Let let = (CoreExpr.Let) node;
        CoreExpr.Alloc object = (CoreExpr.Alloc) let.value();
        CoreExpr.Match m = (CoreExpr.Match) let.body();
        List<CoreVar> fields = new ArrayList<>();
        for (int k = 0; k < object.fields().size(); k++) {
            fields.add(new CoreVar(let.var().name() + "." + k, object.fields().get(k).rep()));
        }
        CoreExpr out = new CoreExpr.Match(fields, tree(m.tree()), m.bodies(), m.rep());
        for (int k = fields.size() - 1; k >= 0; k--) out = new CoreExpr.Let(fields.get(k), object.fields().get(k), out);
        return out;
    }

    /** Whether every path the tree switches on or binds goes into the object: none is the object itself. */
    private static boolean onlyFields(Decision d) {
        return switch (d) {
            case Decision.Switch s -> !s.path().steps().isEmpty()
                    && s.cases().stream().allMatch(c -> onlyFields(c.then())) && onlyFields(s.otherwise());
            case Decision.Leaf l -> l.binds().stream().noneMatch(b -> b.path().steps().isEmpty())
                    && (l.guardFailed() == null || onlyFields(l.guardFailed()));
            case Decision.Fail x -> true;
        };
    }

    private static boolean reads(CoreExpr.Match m, CoreVar v) {
        boolean[] found = {false};
        for (CoreExpr child : CoreWalk.children(m)) CoreWalk.forEach(child, x -> {
            found[0] |= x instanceof CoreExpr.Get g && g.var() == v
                    || x instanceof CoreExpr.Match inner && inner.scrutinees().contains(v);
        });
        return found[0];
    }

    private static Decision tree(Decision d) {
        return switch (d) {
            case Decision.Switch s -> {
                List<Decision.Case> cases = new ArrayList<>();
                for (Decision.Case c : s.cases()) cases.add(new Decision.Case(test(c.key()), tree(c.then())));
                yield new Decision.Switch(path(s.path()), cases, tree(s.otherwise()));
            }
            case Decision.Leaf l -> new Decision.Leaf(l.arm(),
                    l.binds().stream().map(b -> new CoreExpr.Bind(b.var(), path(b.path()))).toList(),
                    l.guard(), l.guardFailed() == null ? null : tree(l.guardFailed()));
            case Decision.Fail x -> x;
        };
    }

    /** {@code $0.k.rest} as {@code $k.rest}. */
    private static Path path(Path p) {
        return new Path(p.steps().get(0).slot(), p.steps().subList(1, p.steps().size()));
    }

    private static Test test(Test t) {
        Path p = path(t.path());
        return switch (t) {
            case CoreExpr.TagIs x -> new CoreExpr.TagIs(p, x.tag(), x.tags());
            case CoreExpr.NullIs x -> new CoreExpr.NullIs(p, x.isNull());
            case CoreExpr.IntIs x -> new CoreExpr.IntIs(p, x.value());
            case CoreExpr.FloatIs x -> new CoreExpr.FloatIs(p, x.value());
            case CoreExpr.I32Is x -> new CoreExpr.I32Is(p, x.value());
            case CoreExpr.BoolIs x -> new CoreExpr.BoolIs(p, x.value());
            case CoreExpr.StringIs x -> new CoreExpr.StringIs(p, x.value());
        };
    }
}
