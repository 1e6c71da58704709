package dev.weft.backend.core;

import dev.weft.backend.core.CoreExpr.Bind;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreExpr.Test;
import java.util.List;

/**
 * A match's decision tree (Maranget 2008; docs/decisions/0010-decision-trees.md):
 * each {@link Switch} looks at the value at one path once and picks a subtree,
 * until a {@link Leaf} names the arm that matched. Built by
 * {@code lower.DecisionTrees}; arm bodies live beside the tree in
 * {@link CoreExpr.Match}, so that a tree reaching one arm from several leaves
 * does not copy its body.
 */
public sealed interface Decision {
    /**
     * Compares the value at {@code path} with each case's key in order and
     * continues with the first that holds; {@code otherwise} is taken when
     * none does, and is {@link Fail} when the cases cover every value that can
     * get here (all constructors of the type, both Bools, null and non-null).
     */
    record Switch(Path path, List<Case> cases, Decision otherwise) implements Decision {
        public Switch {
            cases = List.copyOf(cases);
            if (cases.isEmpty()) throw new IllegalArgumentException("a switch without cases");
            for (Case c : cases) {
                if (!c.key().path().equals(path)) {
                    throw new IllegalArgumentException("case " + c.key() + " is not on the switch's path " + path);
                }
                if (c.key().getClass() != cases.get(0).key().getClass()) {
                    throw new IllegalArgumentException("a switch mixes kinds of test: " + cases);
                }
            }
        }
    }

    /** One case of a switch: the test on the switch's path that leads to {@code then}. */
    record Case(Test key, Decision then) {}

    /**
     * Arm {@code arm} matched: its bindings are made, then its guard (null when
     * it has none) decides; when the guard is false, matching goes on with
     * {@code guardFailed}, the tree of the arms after this one.
     */
    record Leaf(int arm, List<Bind> binds, CoreExpr guard, Decision guardFailed) implements Decision {
        public Leaf {
            binds = List.copyOf(binds);
            if ((guard == null) != (guardFailed == null)) {
                throw new IllegalArgumentException("a guard needs a subtree for when it fails, and only a guard");
            }
        }
    }

    /** No arm matches: unreachable, as the checker proved the match exhaustive. */
    record Fail() implements Decision {}
}
