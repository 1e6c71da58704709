package dev.weft.backend.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Get;
import dev.weft.backend.core.CoreExpr.IntConst;
import dev.weft.backend.core.CoreExpr.Prim;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation-order and roots passes on hand-built core, checked by VerifyRoots. */
class PipelineTest {
    private static CoreProgram program(CoreFunction... fs) {
        return new CoreProgram("t", List.of(fs), fs[0]);
    }

    private static Prim show(long n) {
        return new Prim(PrimOp.SHOW_INT, List.of(new IntConst(n)), null, Rep.REF);
    }

    /** s ++ show(1): s would wait on the stack while show allocates. */
    @Test
    void aPointerOperandBeforeAnAllocationIsBoundAndRooted() {
        CoreVar s = new CoreVar("s", Rep.REF);
        CoreFunction f = new CoreFunction("f", List.of(s), Rep.REF);
        f.body(new Prim(PrimOp.STR_CONCAT, List.of(new Get(s), show(1)), null, Rep.REF));
        CoreProgram p = program(f);
        assertFalse(VerifyRoots.check(p).isEmpty(), "the unprocessed body breaks the discipline");
        Pipeline.run(p);
        assertEquals(List.of(), VerifyRoots.check(p));
        assertTrue(s.inFrame(), "s is live across show's allocation");
    }

    /** (show(1), show(2)) as an object: both fields bound first, the first rooted across the second. */
    @Test
    void fieldsAreEvaluatedBeforeTheirObject() {
        CoreFunction f = new CoreFunction("f", List.of(), Rep.REF);
        f.body(new CoreExpr.Alloc(0, List.of(show(1), show(2))));
        CoreProgram p = program(f);
        assertFalse(VerifyRoots.check(p).isEmpty());
        Pipeline.run(p);
        assertEquals(List.of(), VerifyRoots.check(p));
        CoreExpr.Let first = (CoreExpr.Let) f.body();
        CoreExpr.Let second = (CoreExpr.Let) first.body();
        assertTrue(first.var().inFrame() && second.var().inFrame(), "both are live across the object's allocation");
        assertTrue(second.body() instanceof CoreExpr.Alloc a && a.fields().stream().allMatch(AllocationOrder::atomic));
    }

    /** A pointer used only before any allocation, and a scalar across one, stay in Wasm locals. */
    @Test
    void onlyPointersLiveAcrossACollectionGoToTheFrame() {
        CoreVar s = new CoreVar("s", Rep.REF);
        CoreVar n = new CoreVar("n", Rep.I64);
        CoreFunction f = new CoreFunction("f", List.of(s, n), Rep.REF);
        // print(s); show(n)
        f.body(new CoreExpr.Seq(List.of(new Prim(PrimOp.PRINT, List.of(new Get(s)), null, Rep.UNIT)),
                new Prim(PrimOp.SHOW_INT, List.of(new Get(n)), null, Rep.REF)));
        CoreProgram p = program(f);
        Pipeline.run(p);
        assertEquals(List.of(), VerifyRoots.check(p));
        assertFalse(s.inFrame(), "s is dead before show allocates");
    }

    /** A recursion that never allocates is known not to, so its callers keep pointers in locals across it. */
    @Test
    void aRecursionWithoutAllocationDoesNotAllocate() {
        CoreVar k = new CoreVar("k", Rep.I64);
        CoreFunction loop = new CoreFunction("loop", List.of(k), Rep.I64);
        loop.body(new CoreExpr.If(new Prim(PrimOp.INT_EQ, List.of(new Get(k), new IntConst(0)), null, Rep.I32),
                new IntConst(0), new CoreExpr.Call(loop, List.of(new Prim(PrimOp.INT_SUB, List.of(new Get(k),
                        new IntConst(1)), null, Rep.I64))), Rep.I64));
        CoreVar s = new CoreVar("s", Rep.REF);
        CoreFunction f = new CoreFunction("f", List.of(s), Rep.UNIT);
        f.body(new CoreExpr.Seq(List.of(new CoreExpr.Call(loop, List.of(new IntConst(5)))),
                new Prim(PrimOp.PRINT, List.of(new Get(s)), null, Rep.UNIT)));
        CoreProgram p = program(f, loop);
        Pipeline.run(p);
        assertFalse(MayAllocate.of(p).function(loop));
        assertFalse(s.inFrame());
    }

    /** is_even and is_odd call each other in tail position: one looping function, each a call of it. */
    @Test
    void mutualTailCallsBecomeOneLoop() {
        CoreVar a = new CoreVar("n", Rep.I64);
        CoreVar b = new CoreVar("n", Rep.I64);
        CoreFunction even = new CoreFunction("is_even", List.of(a), Rep.I32);
        CoreFunction odd = new CoreFunction("is_odd", List.of(b), Rep.I32);
        even.body(parity(a, true, odd));
        odd.body(parity(b, false, even));
        CoreFunction main = new CoreFunction("main", List.of(), Rep.I32);
        main.body(new CoreExpr.Call(even, List.of(new IntConst(10))));
        CoreProgram p = Pipeline.run(program(main, even, odd));
        assertEquals(4, p.functions().size(), "the group's function is added");
        CoreFunction group = p.functions().get(3);
        assertEquals(List.of(Rep.I64, Rep.I64, Rep.I64), group.params().stream().map(CoreVar::rep).toList());
        assertTrue(even.body() instanceof CoreExpr.Call c && c.function() == group);
        assertTrue(odd.body() instanceof CoreExpr.Call c && c.function() == group);
        List<CoreExpr> jumps = new java.util.ArrayList<>();
        dev.weft.backend.core.CoreWalk.forEach(group.body(), e -> {
            if (e instanceof CoreExpr.SelfTailCall) jumps.add(e);
            assertFalse(e instanceof CoreExpr.Call, "no call is left inside the group: " + e);
        });
        assertEquals(2, jumps.size(), "each member's tail call is a jump");
        assertEquals(List.of(), VerifyRoots.check(p));
    }

    /** if n == 0 { result } else { other(n - 1) } */
    private static CoreExpr parity(CoreVar n, boolean result, CoreFunction other) {
        return new CoreExpr.If(new Prim(PrimOp.INT_EQ, List.of(new Get(n), new IntConst(0)), null, Rep.I32),
                new CoreExpr.BoolConst(result), new CoreExpr.Call(other, List.of(new Prim(PrimOp.INT_SUB,
                        List.of(new Get(n), new IntConst(1)), null, Rep.I64))), Rep.I32);
    }
}
