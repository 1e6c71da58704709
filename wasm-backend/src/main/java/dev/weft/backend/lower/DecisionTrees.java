// Compiles a match's arms, each a list of tests on paths, to one decision tree (Maranget 2008).
package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Bind;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreExpr.Test;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.Rep;
import java.util.ArrayList;
import java.util.List;

/**
 * The clause matrix has a row per arm and, as columns, the paths the arms
 * test; a row without a test on a path has a wildcard there. The tree
 * switches on one column at a time: each case keeps the rows that agree with
 * it (their test on that path decided) and the rows with a wildcard there;
 * the default keeps only the wildcard rows, and is left out when the cases
 * name every value the column can hold. So no path is tested twice on any
 * way through the tree, whatever the number of arms that test it.
 *
 * <p>First-match semantics hold because rows keep their order: a leaf is the
 * first row whose tests are all decided, and when its guard fails the tree
 * goes on with the rows after it, on the same branch.
 *
 * <p>Which column: Maranget's first-row heuristic, refined by his p, d and b
 * heuristics (section 8 of the paper). Only columns the first row tests are
 * candidates, since that row cannot be chosen without testing all of them;
 * among them the one that the longest run of rows from the top tests (p,
 * "needed prefix"), then the one with fewest wildcard rows (d, small default:
 * those rows are copied into every case), then the one with fewest branches
 * (b), then the first in the row's own order. A path is a candidate only
 * once the row's tests on the paths above it are decided (the tag of a Node
 * before its fields), which is also what makes its load safe for every value
 * that reaches the switch.
 */
final class DecisionTrees {
    /**
     * One arm as the pattern lowering gives it: tests that must all pass, the
     * bindings to make, an optional guard (null when there is none), the body.
     */
    record Arm(List<Test> tests, List<Bind> binds, CoreExpr guard, CoreExpr body) {
        Arm {
            tests = List.copyOf(tests);
            binds = List.copyOf(binds);
        }
    }

    /** A row of the matrix: an arm and those of its tests not yet decided on this branch. */
    private record Row(int index, Arm arm, List<Test> tests) {}

    private DecisionTrees() {}

    /** The match of these arms, in order, over these scrutinees. */
    static CoreExpr.Match match(List<CoreVar> scrutinees, List<Arm> arms, Rep rep) {
        List<Row> rows = new ArrayList<>();
        List<CoreExpr> bodies = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            rows.add(new Row(i, arms.get(i), arms.get(i).tests()));
            bodies.add(arms.get(i).body());
        }
        return new CoreExpr.Match(scrutinees, tree(rows), bodies, rep);
    }

    static CoreExpr.Match match(CoreVar scrutinee, List<Arm> arms, Rep rep) {
        return match(List.of(scrutinee), arms, rep);
    }

    private static Decision tree(List<Row> rows) {
        if (rows.isEmpty()) return new Decision.Fail();
        Row first = rows.get(0);
        if (first.tests().isEmpty()) {
            Arm arm = first.arm();
            if (arm.guard() == null) return new Decision.Leaf(first.index(), arm.binds(), null, null);
            return new Decision.Leaf(first.index(), arm.binds(), arm.guard(), tree(rows.subList(1, rows.size())));
        }
        Path column = column(rows);
        List<Test> keys = keys(rows, column);
        List<Decision.Case> cases = new ArrayList<>();
        for (Test key : keys) cases.add(new Decision.Case(key, tree(specialize(rows, column, key))));
        Decision otherwise = complete(keys) ? new Decision.Fail() : tree(wildcards(rows, column));
        return new Decision.Switch(column, cases, otherwise);
    }

    private static Path column(List<Row> rows) {
        Row first = rows.get(0);
        Path best = null;
        int bestNeeded = 0, bestDefaults = 0, bestBranches = 0;
        for (Test t : first.tests()) {
            Path p = t.path();
            if (!ready(first, p)) continue;
            int needed = 0;
            while (needed < rows.size() && testOn(rows.get(needed), p) != null) needed++;
            int defaults = wildcards(rows, p).size();
            List<Test> keys = keys(rows, p);
            int branches = keys.size() + (complete(keys) ? 0 : 1);
            boolean better = best == null || needed > bestNeeded
                    || needed == bestNeeded && (defaults < bestDefaults
                            || defaults == bestDefaults && branches < bestBranches);
            if (better) {
                best = p;
                bestNeeded = needed;
                bestDefaults = defaults;
                bestBranches = branches;
            }
        }
        if (best == null) throw new IllegalStateException("no test of the first row is ready: " + first.tests());
        return best;
    }

    /** Whether the row has decided every test on a path above p. */
    private static boolean ready(Row row, Path p) {
        for (Test t : row.tests()) {
            if (isAbove(t.path(), p)) return false;
        }
        return true;
    }

    /** Whether q is a strict prefix of p: p is reached from q by loads. */
    private static boolean isAbove(Path q, Path p) {
        return q.root() == p.root() && q.steps().size() < p.steps().size()
                && p.steps().subList(0, q.steps().size()).equals(q.steps());
    }

    private static Test testOn(Row row, Path p) {
        for (Test t : row.tests()) {
            if (t.path().equals(p)) return t;
        }
        return null;
    }

    /** The distinct tests the rows make on p, in the order of the first row making each. */
    private static List<Test> keys(List<Row> rows, Path p) {
        List<Test> keys = new ArrayList<>();
        for (Row row : rows) {
            Test t = testOn(row, p);
            if (t != null && keys.stream().noneMatch(k -> sameKey(k, t))) keys.add(t);
        }
        return keys;
    }

    /** The rows that can still match once p's value passed key, with their test on p decided. */
    private static List<Row> specialize(List<Row> rows, Path p, Test key) {
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            Test t = testOn(row, p);
            if (t == null) {
                out.add(row);
            } else if (sameKey(t, key)) {
                List<Test> rest = new ArrayList<>(row.tests());
                rest.remove(t);
                out.add(new Row(row.index(), row.arm(), rest));
            }
        }
        return out;
    }

    /** The rows that do not test p: the only ones left when p's value passed none of the keys. */
    private static List<Row> wildcards(List<Row> rows, Path p) {
        return rows.stream().filter(r -> testOn(r, p) == null).toList();
    }

    /**
     * Whether a value that passes a's test always passes b's. Floats compare as
     * f64.eq does at run time: 0.0 and -0.0 are one key, and a NaN pattern
     * agrees with nothing, not even itself (it never matches).
     */
    private static boolean sameKey(Test a, Test b) {
        return switch (a) {
            case CoreExpr.TagIs x -> b instanceof CoreExpr.TagIs y && x.tag() == y.tag();
            case CoreExpr.NullIs x -> b instanceof CoreExpr.NullIs y && x.isNull() == y.isNull();
            case CoreExpr.IntIs x -> b instanceof CoreExpr.IntIs y && x.value() == y.value();
            case CoreExpr.FloatIs x -> b instanceof CoreExpr.FloatIs y && x.value() == y.value();
            case CoreExpr.I32Is x -> b instanceof CoreExpr.I32Is y && x.value() == y.value();
            case CoreExpr.BoolIs x -> b instanceof CoreExpr.BoolIs y && x.value() == y.value();
            case CoreExpr.StringIs x -> b instanceof CoreExpr.StringIs y && x.value().equals(y.value());
        };
    }

    /** Whether the distinct keys cover every value of the column's type. */
    private static boolean complete(List<Test> keys) {
        return switch (keys.get(0)) {
            case CoreExpr.TagIs t -> keys.size() == t.tags();
            case CoreExpr.NullIs n -> keys.size() == 2;
            case CoreExpr.BoolIs b -> keys.size() == 2;
            case CoreExpr.IntIs i -> false;
            case CoreExpr.FloatIs f -> false;
            case CoreExpr.I32Is c -> false;
            case CoreExpr.StringIs s -> false;
        };
    }
}
