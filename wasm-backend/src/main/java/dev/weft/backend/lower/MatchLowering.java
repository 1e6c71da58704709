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
            arms.add(arm(clause.params().stream().map(Decl.Param::pattern).toList(), Optional.empty(), clause.body()));
        }
        return DecisionTrees.match(self.params(), arms, self.result());
    }

    /**
     * The scrutinee into a variable, then its match. A tuple written as the
     * scrutinee is built like any other value: pass/ScrutineeFields matches
     * its elements instead, and the tuple is never allocated.
     */
    CoreExpr match(Expr.Match m) {
        CoreExpr scrutinee = body.expr(m.scrutinee());
        CoreVar v = body.temp(scrutinee.rep());
        List<DecisionTrees.Arm> arms = new ArrayList<>();
        for (Expr.Arm arm : m.arms()) arms.add(arm(List.of(arm.pattern()), arm.guard(), arm.body()));
        return new CoreExpr.Let(v, scrutinee, DecisionTrees.match(v, arms, body.repOf(m)));
    }

    /** An arm whose i-th pattern is matched against scrutinee i. */
    private DecisionTrees.Arm arm(List<Pattern> atRoots, Optional<Expr> guard, Expr armBody) {
        List<CoreExpr.Test> tests = new ArrayList<>();
        List<CoreExpr.Bind> binds = new ArrayList<>();
        for (int i = 0; i < atRoots.size(); i++) patterns.lower(atRoots.get(i), CoreExpr.Path.root(i), tests, binds);
        CoreExpr loweredGuard = guard.map(body::expr).orElse(null);
        return new DecisionTrees.Arm(tests, binds, loweredGuard, body.expr(armBody));
    }
}
