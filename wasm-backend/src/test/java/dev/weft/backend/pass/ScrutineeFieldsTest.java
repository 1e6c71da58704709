package dev.weft.backend.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Get;
import dev.weft.backend.core.CoreExpr.IntConst;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CorePrinter;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.Rep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pass/ScrutineeFields on hand-built core: when a match on a new object matches its fields instead. */
class ScrutineeFieldsTest {
    private final CoreVar a = new CoreVar("a", Rep.I64);
    private final CoreVar xs = new CoreVar("xs", Rep.REF);
    private final CoreVar t = new CoreVar("t", Rep.REF);
    private final CoreVar h = new CoreVar("h", Rep.I64);
    private final CoreFunction f = new CoreFunction("f", List.of(a, xs), Rep.I64);

    /** match (a, xs) { (0, _) -> 0; (_, [h, ..._]) -> h; _ -> 1 }, as lowering gives it. */
    private Decision tree(Path whole) {
        Path first = Path.ROOT.then(0, Rep.I64);
        Path second = Path.ROOT.then(1, Rep.REF);
        Decision third = new Decision.Switch(second, List.of(new Decision.Case(new CoreExpr.NullIs(second, false),
                new Decision.Leaf(1, List.of(new CoreExpr.Bind(h, second.then(0, Rep.I64))), null, null))),
                new Decision.Leaf(2, whole == null ? List.of() : List.of(new CoreExpr.Bind(t, whole)), null, null));
        return new Decision.Switch(first, List.of(new Decision.Case(new CoreExpr.IntIs(first, 0),
                new Decision.Leaf(0, List.of(), null, null))), third);
    }

    private CoreExpr match(Decision tree, CoreExpr last) {
        CoreVar scrutinee = new CoreVar("t0", Rep.REF);
        return new CoreExpr.Let(scrutinee, new CoreExpr.Alloc(0, List.of(new Get(a), new Get(xs))),
                new CoreExpr.Match(List.of(scrutinee), tree, List.of(new IntConst(0), new Get(h), last), Rep.I64));
    }

    private CoreExpr run(CoreExpr body) {
        f.body(body);
        new ScrutineeFields().run(new CoreProgram("t", List.of(f), f));
        return f.body();
    }

    @Test
    void aTupleBuiltToBeMatchedIsNeverAllocated() {
        run(match(tree(null), new IntConst(1)));
        assertEquals("""
                (fn f (a:I64 xs:REF) I64
                  (let t0.0:I64
                    a
                    (let t0.1:REF
                      xs
                      (match [t0.0, t0.1] I64
                        (switch $0
                          (case 0
                            (leaf 0))
                          (else
                            (switch $1
                              (case cons
                                (leaf 1 (bind h $1.0)))
                              (else
                                (leaf 2)))))
                        (arm 0
                          0)
                        (arm 1
                          h)
                        (arm 2
                          1)))))
                """, CorePrinter.print(f));
    }

    /** An arm that binds the whole tuple needs it: nothing changes. */
    @Test
    void aTreeBindingTheObjectItselfIsLeftAlone() {
        CoreExpr body = match(tree(Path.ROOT), new IntConst(1));
        assertSame(body, run(body));
    }

    /** A body that reads the object's variable needs it too. */
    @Test
    void aBodyReadingTheObjectIsLeftAlone() {
        CoreExpr body = match(tree(null), new IntConst(1));
        CoreExpr.Let let = (CoreExpr.Let) body;
        CoreExpr.Match m = (CoreExpr.Match) let.body();
        CoreExpr reading = new CoreExpr.Let(let.var(), let.value(), new CoreExpr.Match(m.scrutinees(), m.tree(),
                List.of(m.bodies().get(0), m.bodies().get(1), new CoreExpr.Load(new Get(let.var()), 0, Rep.I64)), Rep.I64));
        assertSame(reading, run(reading));
    }
}
