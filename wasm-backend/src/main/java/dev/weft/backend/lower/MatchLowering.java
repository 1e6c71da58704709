package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches and clause-style functions to decision trees (DecisionTrees): the
 * scrutinees, each arm's tests and bindings (PatternLowering), its guard and
 * body lowered by the function's BodyLowering.
 */
final class MatchLowering {
    private final BodyLowering body;
    private final PatternLowering patterns;

    MatchLowering(BodyLowering body, PatternLowering patterns) {
        this.body = body;
        this.patterns = patterns;
    }

    /**
     * A clause-style function: one match over all parameters, a clause per arm
     * in source order (the checker proved them exhaustive together).
     */
    CoreExpr clauses(List<Decl.FuncDef> clauses, CoreFunction self) {
        List<DecisionTrees.Arm> arms = new ArrayList<>();
        for (var clause : clauses) {
            arms.add(arm(clause.params().stream().map(Decl.Param::pattern).toList(), Optional.empty(), clause.body(), true));
        }
        return DecisionTrees.match(self.params(), arms, self.result());
    }

    CoreExpr match(Expr.Match m, boolean tail) {
        if (unparen(m.scrutinee()) instanceof Expr.Tuple t && m.arms().stream().allMatch(a -> tupleOrWildcard(a.pattern()))) {
            return tupleMatch(m, t, tail);
        }
        CoreExpr scrutinee = body.expr(m.scrutinee(), false);
        CoreVar v = body.temp(scrutinee.rep());
        List<DecisionTrees.Arm> arms = new ArrayList<>();
        for (Expr.Arm arm : m.arms()) arms.add(arm(List.of(arm.pattern()), arm.guard(), arm.body(), tail));
        return new CoreExpr.Let(v, scrutinee, DecisionTrees.match(v, arms, body.repOf(m)));
    }

    /**
     * {@code match (a, b) { ... }} whose arms are all tuple patterns or {@code _}:
     * each element is one scrutinee of the decision tree, as a clause-style
     * function's parameters are, so the tuple is never allocated. Evaluated
     * left to right, as the tuple would be.
     */
    private CoreExpr tupleMatch(Expr.Match m, Expr.Tuple t, boolean tail) {
        List<CoreVar> scrutinees = new ArrayList<>();
        List<CoreExpr> values = new ArrayList<>();
        for (Expr e : t.elements()) {
            CoreExpr value = body.expr(e, false);
            values.add(value);
            scrutinees.add(body.temp(value.rep()));
        }
        List<DecisionTrees.Arm> arms = new ArrayList<>();
        for (Expr.Arm arm : m.arms()) {
            // A _ arm tests and binds nothing: no pattern at any scrutinee.
            List<Pattern> parts = unparen(arm.pattern()) instanceof Pattern.Tuple tp ? tp.elements() : List.of();
            arms.add(arm(parts, arm.guard(), arm.body(), tail));
        }
        CoreExpr out = DecisionTrees.match(scrutinees, arms, body.repOf(m));
        for (int i = scrutinees.size() - 1; i >= 0; i--) out = new CoreExpr.Let(scrutinees.get(i), values.get(i), out);
        return out;
    }

    /** An arm whose i-th pattern is matched against scrutinee i. */
    private DecisionTrees.Arm arm(List<Pattern> atRoots, Optional<Expr> guard, Expr armBody, boolean tail) {
        List<CoreExpr.Test> tests = new ArrayList<>();
        List<CoreExpr.Bind> binds = new ArrayList<>();
        for (int i = 0; i < atRoots.size(); i++) patterns.lower(atRoots.get(i), CoreExpr.Path.root(i), tests, binds);
        CoreExpr loweredGuard = guard.map(g -> body.expr(g, false)).orElse(null);
        return new DecisionTrees.Arm(tests, binds, loweredGuard, body.expr(armBody, tail));
    }

    private static Expr unparen(Expr e) {
        return e instanceof Expr.Paren p ? unparen(p.inner()) : e;
    }

    private static Pattern unparen(Pattern p) {
        return p instanceof Pattern.Paren x ? unparen(x.inner()) : p;
    }

    private static boolean tupleOrWildcard(Pattern p) {
        Pattern q = unparen(p);
        return q instanceof Pattern.Tuple || q instanceof Pattern.Wildcard;
    }
}
