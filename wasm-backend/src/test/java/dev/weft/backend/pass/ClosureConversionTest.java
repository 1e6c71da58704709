package dev.weft.backend.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Get;
import dev.weft.backend.core.CoreExpr.IntConst;
import dev.weft.backend.core.CoreExpr.Lambda;
import dev.weft.backend.core.CoreExpr.MakeClosure;
import dev.weft.backend.core.CoreExpr.Prim;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CorePrinter;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.backend.emit.ModuleEmitter;
import dev.weft.features.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pass/ClosureConversion on hand-built core: what each lambda captures, and how its code reads it. */
class ClosureConversionTest {
    private static CoreProgram program(CoreFunction... fs) {
        return new CoreProgram("t", List.of(fs), fs[0]);
    }

    private static Prim add(CoreExpr a, CoreExpr b) {
        return new Prim(PrimOp.INT_ADD, List.of(a, b), null, Rep.I64);
    }

    private static Prim mul(CoreExpr a, CoreExpr b) {
        return new Prim(PrimOp.INT_MUL, List.of(a, b), null, Rep.I64);
    }

    private static List<Lambda> lambdas(CoreProgram p) {
        List<Lambda> out = new ArrayList<>();
        for (CoreFunction f : p.functions()) CoreWalk.forEach(f.body(), e -> {
            if (e instanceof Lambda l) out.add(l);
        });
        return out;
    }

    /** Whether the code reads only its parameters and what it binds: no variable of the function it was written in. */
    private static void readsOnlyItsOwn(CoreFunction code) {
        java.util.Set<CoreVar> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        own.addAll(code.params());
        CoreWalk.forEach(code.body(), e -> {
            if (e instanceof CoreExpr.Let l) own.add(l.var());
        });
        CoreWalk.forEach(code.body(), e -> {
            if (e instanceof Get g) assertTrue(own.contains(g.var()), code.name() + " reads " + g.var() + " of another function");
        });
    }

    /** f(a, b) = x -> b + a * x: both captured in order of first use, each loaded once at the code's start. */
    @Test
    void aLambdaCapturingTwoVariables() {
        CoreVar a = new CoreVar("a", Rep.I64);
        CoreVar b = new CoreVar("b", Rep.I64);
        CoreVar x = new CoreVar("x", Rep.I64);
        CoreFunction f = new CoreFunction("t.f", List.of(a, b), Rep.REF);
        f.body(new Lambda("t.f$lambda", List.of(x), Rep.I64, add(new Get(b), mul(new Get(a), new Get(x)))));
        CoreProgram p = new ClosureConversion().run(program(f));
        assertEquals(List.of("t.f$lambda", "t.f"), p.functions().stream().map(CoreFunction::name).toList(),
                "the code goes before the function it was written in");
        assertEquals("""
                (fn t.f$lambda (env:REF x:I64) I64
                  (let b:I64
                    (load 0 I64
                      env)
                    (let a:I64
                      (load 1 I64
                        env)
                      (int_add
                        b
                        (int_mul
                          a
                          x)))))
                (fn t.f (a:I64 b:I64) REF
                  (closure t.f$lambda
                    b
                    a))
                """, CorePrinter.print(p));
        MakeClosure closure = (MakeClosure) f.body();
        assertSame(b, ((Get) closure.captured().get(0)).var(), "the closure holds f's own b");
        CoreExpr.Let first = (CoreExpr.Let) closure.code().body();
        assertNotSame(b, first.var(), "the code reads its own copy");
        assertSame(x, closure.code().params().get(1), "the lambda's parameter is the code's, after the closure");
        readsOnlyItsOwn(closure.code());
        assertEquals(List.of(), lambdas(p));
    }

    /**
     * f(a) = { b = a + 1; x -> y -> a + b + x + y }: the outer lambda captures a
     * and b for the inner one, which captures them, and x, from the outer's code.
     */
    @Test
    void nestedLambdasCaptureFromTwoLevels() {
        CoreVar a = new CoreVar("a", Rep.I64);
        CoreVar b = new CoreVar("b", Rep.I64);
        CoreVar x = new CoreVar("x", Rep.I64);
        CoreVar y = new CoreVar("y", Rep.I64);
        Lambda inner = new Lambda("t.f$lambda", List.of(y), Rep.I64,
                add(add(add(new Get(a), new Get(b)), new Get(x)), new Get(y)));
        Lambda outer = new Lambda("t.f$lambda", List.of(x), Rep.REF, inner);
        CoreFunction f = new CoreFunction("t.f", List.of(a), Rep.REF);
        f.body(new CoreExpr.Let(b, add(new Get(a), new IntConst(1)), outer));
        assertEquals(List.of(a, b), ClosureConversion.free(outer));
        assertEquals(List.of(a, b, x), ClosureConversion.free(inner));
        CoreProgram p = new ClosureConversion().run(program(f));
        assertEquals(List.of("t.f$lambda", "t.f$lambda.2", "t.f"), p.functions().stream().map(CoreFunction::name).toList(),
                "outer before inner, each named apart");
        CoreFunction outerCode = p.functions().get(0);
        CoreFunction innerCode = p.functions().get(1);
        assertEquals("""
                (fn t.f$lambda (env:REF x:I64) REF
                  (let a:I64
                    (load 0 I64
                      env)
                    (let b:I64
                      (load 1 I64
                        env)
                      (closure t.f$lambda.2
                        a
                        b
                        x))))
                (fn t.f$lambda.2 (env:REF y:I64) I64
                  (let a:I64
                    (load 0 I64
                      env)
                    (let b:I64
                      (load 1 I64
                        env)
                      (let x:I64
                        (load 2 I64
                          env)
                        (int_add
                          (int_add
                            (int_add
                              a
                              b)
                            x)
                          y)))))
                """, CorePrinter.print(outerCode) + CorePrinter.print(innerCode));
        // The inner closure is built from the outer code's copies and parameter, not from f's variables.
        CoreExpr.Let loadA = (CoreExpr.Let) outerCode.body();
        CoreExpr.Let loadB = (CoreExpr.Let) loadA.body();
        MakeClosure made = (MakeClosure) loadB.body();
        assertSame(innerCode, made.code());
        assertEquals(List.of(loadA.var(), loadB.var(), x), made.captured().stream().map(e -> ((Get) e).var()).toList());
        MakeClosure fromF = (MakeClosure) ((CoreExpr.Let) f.body()).body();
        assertEquals(List.of(a, b), fromF.captured().stream().map(e -> ((Get) e).var()).toList());
        readsOnlyItsOwn(outerCode);
        readsOnlyItsOwn(innerCode);
        assertEquals(List.of(), lambdas(p));
    }

    /** x -> x * 2: nothing to capture, no load, an empty closure. */
    @Test
    void aLambdaCapturingNothing() {
        CoreVar x = new CoreVar("x", Rep.I64);
        CoreFunction f = new CoreFunction("t.f", List.of(), Rep.REF);
        f.body(new Lambda("t.f$lambda", List.of(x), Rep.I64, mul(new Get(x), new IntConst(2))));
        CoreProgram p = new ClosureConversion().run(program(f));
        assertEquals("""
                (fn t.f$lambda (env:REF x:I64) I64
                  (int_mul
                    x
                    2))
                (fn t.f () REF
                  (closure t.f$lambda))
                """, CorePrinter.print(p));
    }

    /** What the body binds itself (a let, a match's bindings, an inner lambda's parameter) is not captured. */
    @Test
    void variablesBoundInsideTheLambdaAreNotCaptured() {
        CoreVar outerVar = new CoreVar("o", Rep.REF);
        CoreVar x = new CoreVar("x", Rep.REF);
        CoreVar t = new CoreVar("t", Rep.I64);
        CoreVar head = new CoreVar("h", Rep.I64);
        CoreVar z = new CoreVar("z", Rep.I64);
        // x -> { t = 1; match x { [h, ..._] -> z -> h + t + z } } with a use of o in the other arm
        Decision tree = new Decision.Switch(CoreExpr.Path.ROOT,
                List.of(new Decision.Case(new CoreExpr.NullIs(CoreExpr.Path.ROOT, false), new Decision.Leaf(0,
                        List.of(new CoreExpr.Bind(head, CoreExpr.Path.ROOT.then(0, Rep.I64))), null, null))),
                new Decision.Leaf(1, List.of(), null, null));
        Lambda innermost = new Lambda("t.f$lambda", List.of(z), Rep.I64, add(add(new Get(head), new Get(t)), new Get(z)));
        Lambda l = new Lambda("t.f$lambda", List.of(x), Rep.REF, new CoreExpr.Let(t, new IntConst(1),
                new CoreExpr.Match(List.of(x), tree, List.of(innermost, new Get(outerVar)), Rep.REF)));
        assertEquals(List.of(outerVar), ClosureConversion.free(l));
        assertEquals(List.of(head, t), ClosureConversion.free(innermost));
    }

    /** A match's guard is one tree shared by the leaves that reach its arm: its lambda becomes one function. */
    @Test
    void aLambdaInASharedGuardIsLiftedOnce() {
        CoreVar n = new CoreVar("n", Rep.I32);
        CoreVar x = new CoreVar("x", Rep.I32);
        CoreExpr guard = new CoreExpr.CallClosure(new Lambda("t.f$lambda", List.of(x), Rep.I32,
                new Prim(PrimOp.U32_EQ, List.of(new Get(x), new Get(n)), null, Rep.I32)),
                List.of(new CoreExpr.CharConst('a')), Rep.I32);
        Decision otherwise = new Decision.Leaf(1, List.of(), null, null);
        Decision tree = new Decision.Switch(CoreExpr.Path.ROOT,
                List.of(new Decision.Case(new CoreExpr.I32Is(CoreExpr.Path.ROOT, 1), new Decision.Leaf(0, List.of(), guard, otherwise))),
                new Decision.Leaf(0, List.of(), guard, otherwise));
        CoreFunction f = new CoreFunction("t.f", List.of(n), Rep.I64);
        f.body(new CoreExpr.Match(List.of(n), tree, List.of(new IntConst(1), new IntConst(2)), Rep.I64));
        CoreProgram p = new ClosureConversion().run(program(f));
        assertEquals(2, p.functions().size(), "one function for the guard's lambda, not one per leaf");
        List<CoreFunction> codes = new ArrayList<>();
        CoreWalk.forEach(f.body(), e -> {
            if (e instanceof MakeClosure c) codes.add(c.code());
        });
        assertEquals(2, codes.size());
        assertSame(codes.get(0), codes.get(1));
    }

    /** In the pipeline, a lambda's tail call of the function it is written in is no self tail call: it is another function. */
    @Test
    void aLambdasTailCallOfItsEnclosingFunctionStaysACall() {
        CoreVar n = new CoreVar("n", Rep.I64);
        CoreVar k = new CoreVar("k", Rep.I64);
        CoreFunction f = new CoreFunction("t.f", List.of(n), Rep.REF);
        CoreExpr.Call call = new CoreExpr.Call(f, List.of(new Get(k)));
        f.body(new Lambda("t.f$lambda", List.of(k), Rep.REF, call));
        CoreProgram p = Pipeline.run(program(f));
        CoreFunction code = p.functions().get(0);
        assertTrue(code.body() instanceof CoreExpr.Call c && c.function() == f, "still a call of f: " + code.body());
        assertEquals(List.of(), VerifyRoots.check(p));
    }

    /** A lambda left after the pipeline is reported by VerifyRoots and refused by the emitter, never emitted. */
    @Test
    void aLambdaThatWasNotConvertedIsRefused() {
        CoreVar x = new CoreVar("x", Rep.I64);
        CoreFunction main = new CoreFunction("t.main", List.of(), Rep.UNIT);
        main.body(new CoreExpr.Seq(List.of(new Lambda("t.main$lambda", List.of(x), Rep.I64, new Get(x))),
                new CoreExpr.UnitConst()));
        CoreProgram p = program(main);
        List<String> problems = VerifyRoots.check(p);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("t.main$lambda was never converted"), problems.get(0));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModuleEmitter.emit(p, FeatureVector.defaults()));
        assertTrue(e.getMessage().contains("ClosureConversion"), e.getMessage());
        assertFalse(new ClosureConversion().run(p).functions().isEmpty());
        assertInstanceOf(MakeClosure.class, ((CoreExpr.Seq) main.body()).effects().get(0));
    }
}
