package dev.weft.backend.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Call;
import dev.weft.backend.core.CoreExpr.Get;
import dev.weft.backend.core.CoreExpr.IntConst;
import dev.weft.backend.core.CoreExpr.Prim;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CorePrinter;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pass/SelfTailCalls on hand-built core: which calls of a function by itself become jumps. */
class SelfTailCallsTest {
    private final CoreVar n = new CoreVar("n", Rep.I64);
    private final CoreFunction f = new CoreFunction("f", List.of(n), Rep.I64);

    private static CoreProgram program(CoreFunction... fs) {
        return new CoreProgram("t", List.of(fs), fs[0]);
    }

    private Call self() {
        return new Call(f, List.of(new Prim(PrimOp.INT_SUB, List.of(new Get(n), new IntConst(1)), null, Rep.I64)));
    }

    private CoreExpr isZero() {
        return new Prim(PrimOp.INT_EQ, List.of(new Get(n), new IntConst(0)), null, Rep.I32);
    }

    private String marked(CoreExpr body) {
        f.body(body);
        new SelfTailCalls().run(program(f));
        return CorePrinter.print(f);
    }

    /** if n == 0 { 0 } else { f(n - 1) }: the else branch is a tail position. */
    @Test
    void aCallOfItselfInABranchBecomesAJump() {
        String printed = marked(new CoreExpr.If(isZero(), new IntConst(0), self(), Rep.I64));
        assertEquals("""
                (fn f (n:I64) I64
                  (if I64
                    (int_eq
                      n
                      0)
                    0
                    (self-tail-call
                      (int_sub
                        n
                        1))))
                """, printed);
    }

    /** n + f(n - 1): the call's value is used, so it stays a call. */
    @Test
    void aCallOfItselfAsAnOperandStaysACall() {
        CoreExpr body = new CoreExpr.If(isZero(), new IntConst(0),
                new Prim(PrimOp.INT_ADD, List.of(new Get(n), self()), null, Rep.I64), Rep.I64);
        f.body(body);
        new SelfTailCalls().run(program(f));
        assertSame(body, f.body(), "nothing to mark: the body is left as it is");
    }

    /** let x = f(n - 1) in f(x): the let's value is not a tail position, its body is. */
    @Test
    void aLetsBodyIsATailPositionAndItsValueIsNot() {
        CoreVar x = new CoreVar("x", Rep.I64);
        marked(new CoreExpr.Let(x, self(), new Call(f, List.of(new Get(x)))));
        CoreExpr.Let let = (CoreExpr.Let) f.body();
        assertInstanceOf(Call.class, let.value());
        assertInstanceOf(CoreExpr.SelfTailCall.class, let.body());
    }

    /** f(n - 1); f(n - 1): the effect stays a call, the result is a jump. */
    @Test
    void aSequencesResultIsATailPositionAndItsEffectsAreNot() {
        marked(new CoreExpr.Seq(List.of(self()), self()));
        CoreExpr.Seq seq = (CoreExpr.Seq) f.body();
        assertInstanceOf(Call.class, seq.effects().get(0));
        assertInstanceOf(CoreExpr.SelfTailCall.class, seq.result());
    }

    /** match n { _ if f(n - 1) == 0 -> f(n - 1) }: the arm body is a tail position, the guard is not. */
    @Test
    void aMatchArmIsATailPositionAndItsGuardIsNot() {
        CoreExpr guard = new Prim(PrimOp.INT_EQ, List.of(self(), new IntConst(0)), null, Rep.I32);
        Decision tree = new Decision.Leaf(0, List.of(), guard, new Decision.Leaf(1, List.of(), null, null));
        marked(new CoreExpr.Match(List.of(n), tree, List.of(self(), new IntConst(7)), Rep.I64));
        CoreExpr.Match m = (CoreExpr.Match) f.body();
        assertInstanceOf(CoreExpr.SelfTailCall.class, m.bodies().get(0));
        assertSame(guard, ((Decision.Leaf) m.tree()).guard());
    }

    /** A call in tail position of another function is a tail call but not a self tail call: TailGroups' business. */
    @Test
    void aTailCallOfAnotherFunctionStaysACall() {
        CoreVar k = new CoreVar("k", Rep.I64);
        CoreFunction g = new CoreFunction("g", List.of(k), Rep.I64);
        g.body(new Get(k));
        f.body(new Call(g, List.of(new Get(n))));
        new SelfTailCalls().run(program(f, g));
        assertInstanceOf(Call.class, f.body());
    }

    /** The jump has the function's result as its representation, as the call had. */
    @Test
    void theJumpKeepsTheArgumentsAndTheResult() {
        Call call = self();
        marked(new CoreExpr.If(isZero(), new IntConst(0), call, Rep.I64));
        CoreExpr.SelfTailCall jump = (CoreExpr.SelfTailCall) ((CoreExpr.If) f.body()).orElse();
        assertEquals(call.args(), jump.args());
        assertEquals(Rep.I64, jump.rep());
    }
}
