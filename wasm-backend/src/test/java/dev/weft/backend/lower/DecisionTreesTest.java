package dev.weft.backend.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.Compiler;
import dev.weft.backend.WatFunctions;
import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CorePrinter;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.Decision;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.wasm.text.WatPrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Decision trees built from source, checked through the core printer and the tree itself. */
class DecisionTreesTest {
    private static final String TREE = "type Tree = Leaf | Node(Tree, Int, Tree)\n";

    private static CoreProgram core(String program) {
        Diagnostics d = new Diagnostics();
        return Compiler.toCore(new SourceFile("t.weft", program), d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
    }

    /** The trees of the matches in function {@code name} of the program, outermost first. */
    private static List<CoreExpr.Match> matches(String program, String name) {
        CoreFunction f = core(program).functions().stream().filter(x -> x.name().equals("t." + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no function t." + name));
        List<CoreExpr.Match> out = new ArrayList<>();
        collect(f.body(), out);
        return out;
    }

    private static String tree(String program, String name) {
        return CorePrinter.print(matches(program, name).get(0).tree());
    }

    private static void collect(CoreExpr e, List<CoreExpr.Match> out) {
        switch (e) {
            case CoreExpr.Match m -> {
                out.add(m);
                leaves(m.tree()).forEach(l -> { if (l.guard() != null) collect(l.guard(), out); });
                m.bodies().forEach(b -> collect(b, out));
            }
            case CoreExpr.Let l -> { collect(l.value(), out); collect(l.body(), out); }
            case CoreExpr.Seq s -> { s.effects().forEach(x -> collect(x, out)); collect(s.result(), out); }
            case CoreExpr.If i -> { collect(i.cond(), out); collect(i.then(), out); collect(i.orElse(), out); }
            case CoreExpr.Call c -> c.args().forEach(x -> collect(x, out));
            case CoreExpr.SelfTailCall t -> t.args().forEach(x -> collect(x, out));
            case CoreExpr.Prim p -> p.args().forEach(x -> collect(x, out));
            case CoreExpr.Alloc a -> a.fields().forEach(x -> collect(x, out));
            case CoreExpr.Load l -> collect(l.object(), out);
            case CoreExpr.MakeClosure c -> c.captured().forEach(x -> collect(x, out));
            case CoreExpr.CallClosure c -> { collect(c.closure(), out); c.args().forEach(x -> collect(x, out)); }
            default -> {}
        }
    }

    private static List<Decision.Leaf> leaves(Decision d) {
        List<Decision.Leaf> out = new ArrayList<>();
        walk(d, out);
        return out;
    }

    private static void walk(Decision d, List<Decision.Leaf> out) {
        switch (d) {
            case Decision.Switch s -> { s.cases().forEach(c -> walk(c.then(), out)); walk(s.otherwise(), out); }
            case Decision.Leaf l -> { out.add(l); if (l.guardFailed() != null) walk(l.guardFailed(), out); }
            case Decision.Fail f -> {}
        }
    }

    /** No way from the root to a leaf switches on the same path twice. */
    private static void assertEachPathOnce(Decision d, Set<Path> seen, String where) {
        switch (d) {
            case Decision.Switch s -> {
                assertFalse(seen.contains(s.path()), s.path() + " is tested twice on one way in " + where);
                Set<Path> below = new HashSet<>(seen);
                below.add(s.path());
                s.cases().forEach(c -> assertEachPathOnce(c.then(), below, where));
                assertEachPathOnce(s.otherwise(), below, where);
            }
            case Decision.Leaf l -> { if (l.guardFailed() != null) assertEachPathOnce(l.guardFailed(), seen, where); }
            case Decision.Fail f -> {}
        }
    }

    @Test
    void eachTagIsTestedOnceOnEveryWay() {
        String program = TREE + """
                f(a: Tree, b: Tree) -> Int = match (a, b) {
                    (Leaf, _) -> 1
                    (_, Leaf) -> 2
                    (Node(_, _, _), Node(_, _, _)) -> 3
                }
                main() = println(show(f(Leaf, Leaf)))
                """;
        assertEquals("""
                (switch $0
                  (case tag 0
                    (leaf 0))
                  (case tag 1
                    (switch $1
                      (case tag 0
                        (leaf 1))
                      (case tag 1
                        (leaf 2)))))""", tree(program, "f"));
    }

    @Test
    void noPathIsTestedTwiceInAnyMatchOfTheStandardLibraryOrAProgram() {
        String program = TREE + """
                g(xs: List[Int], t: Tree) -> Int = match (xs, t) {
                    ([1, 2], Node(Leaf, _, _)) -> 1
                    ([_, 2, ...r], Node(_, 3, Leaf)) -> 2
                    ([], _) -> 3
                    (_, Node(Node(_, 4, _), _, _)) -> 4
                    _ -> 5
                }
                main() = println(show(g([1, 2], Leaf) + length(map([1], show)) + length(sort([2, 1]))))
                """;
        int trees = 0;
        for (CoreFunction f : core(program).functions()) {
            List<CoreExpr.Match> ms = new ArrayList<>();
            collect(f.body(), ms);
            for (CoreExpr.Match m : ms) {
                assertEachPathOnce(m.tree(), new HashSet<>(), f.name() + ":\n" + CorePrinter.print(m.tree()));
                trees++;
            }
        }
        assertTrue(trees >= 5, "the standard library's matches are checked too: " + trees);
    }

    @Test
    void aFailingGuardGoesOnWithTheLaterArmsOnTheSameBranch() {
        String program = """
                f(o: Option[Int]) -> Int = match o {
                    Some(n) if n > 10 -> 1
                    Some(n) if n > 5 -> 2
                    None -> 0
                    Some(_) -> 3
                }
                main() = println(show(f(Some(7))))
                """;
        assertEquals("""
                (switch $0
                  (case tag 0
                    (leaf 0 (bind n $0.0)
                      (guard
                        (int_gt
                          n
                          10))
                      (else
                        (leaf 1 (bind n $0.0)
                          (guard
                            (int_gt
                              n
                              5))
                          (else
                            (leaf 3))))))
                  (case tag 1
                    (leaf 2)))""", tree(program, "f"));
    }

    @Test
    void nestedConstructorsAreTestedOnlyAfterTheTagAboveThem() {
        String program = TREE + """
                f(t: Tree) -> Int = match t {
                    Node(Node(_, 1, _), _, Leaf) -> 1
                    Node(_, 2, _) -> 2
                    Leaf -> 0
                    Node(l, _, _) -> 3
                }
                main() = println(show(f(Leaf)))
                """;
        String tree = tree(program, "f");
        assertTrue(tree.startsWith("(switch $0\n  (case tag 1\n    (switch $0.0\n      (case tag 1\n        (switch $0.0.1"),
                tree);
        assertEachPathOnce(matches(program, "f").get(0).tree(), new HashSet<>(), tree);
    }

    @Test
    void listPatternsSwitchOnNullThenOnTheTail() {
        String program = """
                f(xs: List[Int]) -> Int = match xs {
                    [] -> 0
                    [x] -> x
                    [h, ...t] -> h + 100
                }
                main() = println(show(f([1])))
                """;
        assertEquals("""
                (switch $0
                  (case null
                    (leaf 0))
                  (case cons
                    (switch $0.1
                      (case null
                        (leaf 1 (bind x $0.0)))
                      (else
                        (leaf 2 (bind h $0.0) (bind t $0.1))))))""", tree(program, "f"));
    }

    @Test
    void literalsBecomeComparisonsWithADefault() {
        String program = """
                f(s: String, n: Int, c: Char, b: Bool) -> Int = match s {
                    "a" -> 1
                    "b\\n" -> 2
                    _ -> match (n, c, b) {
                        (0, 'x', true) -> 3
                        (0, _, false) -> 4
                        (_, 'y', _) -> 5
                        _ -> 6
                    }
                }
                main() = println(show(f("a", 0, 'x', true)))
                """;
        List<CoreExpr.Match> ms = matches(program, "f");
        assertEquals("""
                (switch $0
                  (case "a"
                    (leaf 0))
                  (case "b\\n"
                    (leaf 1))
                  (else
                    (leaf 2)))""", CorePrinter.print(ms.get(0).tree()));
        // The tuple written in place is three scrutinees, never allocated. The Int column is
        // needed by the first two rows: it goes first. Both Bools make the third
        // switch complete: no else.
        assertEquals("""
                (switch $0
                  (case 0
                    (switch $2
                      (case true
                        (switch $1
                          (case 'x'
                            (leaf 0))
                          (case 'y'
                            (leaf 2))
                          (else
                            (leaf 3))))
                      (case false
                        (leaf 1))))
                  (else
                    (switch $1
                      (case 'y'
                        (leaf 2))
                      (else
                        (leaf 3)))))""", CorePrinter.print(ms.get(1).tree()));
    }

    @Test
    void recordsAndTuplesNeedNoTestsOnlyLoads() {
        String program = """
                type P = {x: Int, y: Int}
                f(p: P, q: (Int, Bool)) -> Int = match (p, q) {
                    ({x: 0, y}, (_, true)) -> y
                    ({x, y: 0}, (k, _)) -> x + k
                    _ -> 5
                }
                main() = println(show(f(P{x: 0, y: 1}, (2, true))))
                """;
        String tree = tree(program, "f");
        assertTrue(tree.startsWith("(switch $0.0\n  (case 0\n    (switch $1.1"), tree);
        assertTrue(tree.contains("(leaf 1 (bind x $0.0) (bind k $1.0))"), tree);
    }

    @Test
    void clausesMatchOnEveryParameterAtOnce() {
        String program = """
                zip2(xs: List[Int], ys: List[Int]) -> Int = zip_len(xs, ys, 0)
                zip_len([], _, n) = n
                zip_len(_, [], n) = n
                zip_len([_, ...a], [_, ...b], n) = zip_len(a, b, n + 1)
                main() = println(show(zip2([1, 2], [3])))
                """;
        CoreFunction f = core(program).functions().stream().filter(x -> x.name().startsWith("t.zip_len")).findFirst()
                .orElseThrow();
        CoreExpr.Match m = (CoreExpr.Match) f.body();
        assertEquals(3, m.scrutinees().size());
        assertEquals("""
                (switch $0
                  (case null
                    (leaf 0 (bind n $2)))
                  (case cons
                    (switch $1
                      (case null
                        (leaf 1 (bind n $2)))
                      (case cons
                        (leaf 2 (bind a $0.1) (bind b $1.1) (bind n $2))))))""", CorePrinter.print(m.tree()));
    }

    @Test
    void anArmReachedFromSeveralLeavesHasItsBodyOnceAndManyConstructorsUseATable() {
        String program = """
                type C = A | B | D | E
                f(c: C, d: C) -> String = match (c, d) {
                    (A, _) -> "one"
                    (_, B) -> "shared body"
                    (B, _) -> "three"
                    (D, _) -> "four"
                    _ -> "five"
                }
                main() = println(show(f(A, B)))
                """;
        long leavesOfArm1 = leaves(matches(program, "f").get(0).tree()).stream().filter(l -> l.arm() == 1).count();
        assertTrue(leavesOfArm1 > 1, "arm 1 is copied into several branches: " + tree(program, "f"));
        Diagnostics d = new Diagnostics();
        String wat = WatPrinter.print(Compiler.toModule(new SourceFile("t.weft", program), FeatureVector.parse("opt=0"), d)
                .orElseThrow());
        String f = WatFunctions.function(wat, "t.f");
        assertTrue(f.contains("br_table"), f);
        assertTrue(f.contains("$arm1"), "the shared body has its own block: " + f);
        assertEquals(1, f.split("\\$arm1").length - 1 - countBranches(f, "$arm1"), "one block: " + f);
    }

    private static int countBranches(String wat, String label) {
        int n = 0;
        for (String line : wat.split("\n")) {
            String t = line.trim();
            if ((t.startsWith("br ") || t.startsWith("br_if ")) && t.endsWith(label)) n++;
        }
        return n;
    }
}
