package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a call of a function costs the stack limit (docs/decisions/0020): an
 * upper bound on the native frame an engine gives it, so that the RTS's
 * depth limit is reached before any engine's native stack runs out, at the
 * same depth on every engine. Wasmtime's is the smallest stack (2 MiB) and
 * its frames are the ones modelled: 16 bytes (return address and frame
 * pointer), then 16 for each value live across a call (a callee-saved
 * register or a spill slot, with room for alignment; the instance pointer
 * counts once when anything follows a call), the frame's own locals when it
 * has a shadow-stack frame, and the stack-passed arguments of its widest
 * call. A floor proportional to the number of variables keeps the JVM's and
 * V8's frames, which hold every local, inside their (much larger) stacks
 * too. A function that calls no compiled function (only the RTS, which never
 * calls back) costs nothing and is not checked: it is always a leaf.
 *
 * <p>Measured on Wasmtime 7 (docs/decisions/0020): a one-parameter recursion
 * whose parameter is dead after the call took 16 bytes a frame; one keeping
 * five Ints across the call took 80, which this charges 112.
 */
public final class StackCharge {
    private StackCharge() {}

    /** Integer arguments Wasmtime passes in registers after the two instance pointers and the depth. */
    private static final int INT_ARGS_IN_REGISTERS = 3;
    private static final int FLOAT_ARGS_IN_REGISTERS = 8;

    /** The bytes a call of f is charged, 0 when it makes no call of a compiled function. */
    public static int bytes(CoreFunction f, boolean hasShadowFrame) {
        return bytes(f, hasShadowFrame, false);
    }

    /**
     * As {@link #bytes(CoreFunction, boolean)}; in a switchable module (one
     * with processes, run through Binaryen's asyncify: docs/decisions/0023)
     * a frame is charged twice that and 32 bytes more, and at least 16 bytes
     * for every variable and parameter and three more. Asyncify keeps every
     * local of an instrumented function until after each call (it saves
     * them when the call unwinds): on Wasmtime 7 a one-parameter recursion
     * keeping its Int across the call took about 93 bytes a frame, which
     * this charges 128, against 48 without asyncify. The unwind buffer that
     * a switch saves a process's frames into holds at most 8 bytes a local
     * and 4 for the call's index, so it never needs more than the limit.
     */
    public static int bytes(CoreFunction f, boolean hasShadowFrame, boolean switchable) {
        Walk w = new Walk();
        w.live(f.body(), empty(), Pending.NONE);
        if (w.programCalls == 0) return 0;
        int across = w.maxAcross;
        if (w.callPoints > 1 || across > 0 || hasShadowFrame) across += 1; // the instance pointer
        if (w.programCalls > 1) across += 1; // the depth, passed on to the next call
        if (hasShadowFrame) across += 2; // the frame pointer and its scratch local
        int bytes = 16 + 16 * across + 8 * w.stackArgs;
        int floor = 2 * (w.variables + f.params().size());
        int charge = Math.max(bytes, floor);
        if (switchable) charge = Math.max(2 * charge + 32, 16 + 16 * (w.variables + f.params().size() + 3));
        return align16(charge);
    }

    /**
     * What a switchable function whose loop is a function of its own
     * (FunctionEmitter's outlined loop, docs/decisions/0023) is charged on
     * top of {@link #bytes(CoreFunction, boolean, boolean)}, which covers the
     * loop's frame: the caller's, holding the parameters, the result, the
     * depth and the instance pointer across its calls (16 bytes each,
     * instrumented or not) and the area the loop's results come back in
     * (8 bytes each).
     */
    public static int outlinedLoopCaller(CoreFunction f) {
        int values = f.params().size() + 3;
        return align16(16 + 16 * values + 8 * values);
    }

    private static int align16(int n) {
        return (n + 15) & -16;
    }

    private static Set<CoreVar> empty() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** Values computed and waiting on the operand stack while a later operand is evaluated. */
    private record Pending(Set<CoreVar> vars, int values) {
        static final Pending NONE = new Pending(Set.of(), 0);

        Pending with(CoreExpr operand) {
            if (operand instanceof CoreExpr.Get g) {
                Set<CoreVar> vs = empty();
                vs.addAll(vars);
                vs.add(g.var());
                return new Pending(vs, values);
            }
            // Constants are rematerialised, not kept; a Unit is no value.
            if (AllocationOrder.atomic(operand) || operand.rep() == Rep.UNIT) return this;
            return new Pending(vars, values + 1);
        }
    }

    /** Backward liveness over all variables, noting how many values each call point keeps. */
    private static final class Walk {
        int maxAcross;
        int callPoints;
        int programCalls;
        int stackArgs;
        int variables;

        private void callPoint(Set<CoreVar> after, Pending pending) {
            callPoints++;
            Set<CoreVar> kept = empty();
            kept.addAll(after);
            kept.addAll(pending.vars());
            maxAcross = Math.max(maxAcross, kept.size() + pending.values());
        }

        private void arguments(List<CoreExpr> args, int hidden) {
            int ints = hidden;
            int floats = 0;
            for (CoreExpr a : args) {
                if (a.rep() == Rep.F64) floats++;
                else if (a.rep() != Rep.UNIT) ints++;
            }
            stackArgs = Math.max(stackArgs, Math.max(0, ints - INT_ARGS_IN_REGISTERS)
                    + Math.max(0, floats - FLOAT_ARGS_IN_REGISTERS));
        }

        Set<CoreVar> live(CoreExpr e, Set<CoreVar> after, Pending pending) {
            switch (e) {
                case CoreExpr.Get g -> {
                    Set<CoreVar> out = copy(after);
                    out.add(g.var());
                    return out;
                }
                case CoreExpr.Let l -> {
                    variables++;
                    Set<CoreVar> body = live(l.body(), after, pending);
                    body.remove(l.var());
                    return live(l.value(), body, pending);
                }
                case CoreExpr.Seq s -> {
                    Set<CoreVar> cur = live(s.result(), after, pending);
                    for (int i = s.effects().size() - 1; i >= 0; i--) cur = live(s.effects().get(i), cur, pending);
                    return cur;
                }
                case CoreExpr.If i -> {
                    Set<CoreVar> branches = live(i.then(), after, pending);
                    branches.addAll(live(i.orElse(), after, pending));
                    return live(i.cond(), branches, pending);
                }
                case CoreExpr.SelfTailCall t -> {
                    return operands(t.args(), empty(), pending);
                }
                case CoreExpr.Match m -> {
                    return match(m, after, pending);
                }
                case CoreExpr.Call c -> {
                    programCalls++;
                    arguments(c.args(), 0);
                    callPoint(after, pending);
                    return operands(c.args(), after, pending);
                }
                case CoreExpr.CallClosure c -> {
                    programCalls++;
                    arguments(c.args(), 1);
                    callPoint(after, pending);
                    List<CoreExpr> all = new ArrayList<>(List.of(c.closure()));
                    all.addAll(c.args());
                    return operands(all, after, pending);
                }
                case CoreExpr.Alloc a -> {
                    return object(a.fields(), after, pending);
                }
                case CoreExpr.MakeClosure c -> {
                    return object(c.captured(), after, pending);
                }
                case CoreExpr.Prim p -> {
                    if (callsTheRts(p.op())) callPoint(after, pending);
                    return operands(p.args(), after, pending);
                }
                default -> {
                    return operands(CoreWalk.children(e), after, pending);
                }
            }
        }

        private Set<CoreVar> operands(List<CoreExpr> ops, Set<CoreVar> after, Pending pending) {
            List<Pending> before = new ArrayList<>();
            Pending p = pending;
            for (CoreExpr o : ops) {
                before.add(p);
                p = p.with(o);
            }
            Set<CoreVar> cur = after;
            for (int i = ops.size() - 1; i >= 0; i--) cur = live(ops.get(i), cur, before.get(i));
            return copy(cur);
        }

        /** The allocation is a call of the RTS after the fields that are not atomic, before the atomic ones are read. */
        private Set<CoreVar> object(List<CoreExpr> fields, Set<CoreVar> after, Pending pending) {
            Set<CoreVar> across = copy(after);
            for (CoreExpr f : fields) if (AllocationOrder.atomic(f)) across = live(f, across, pending);
            callPoint(across, pending);
            return operands(fields, after, pending);
        }

        private Set<CoreVar> match(CoreExpr.Match m, Set<CoreVar> after, Pending pending) {
            Set<CoreVar> before = empty();
            before.addAll(m.scrutinees());
            List<Decision.Leaf> guarded = new ArrayList<>();
            CoreWalk.leaves(m.tree(), leaf -> {
                variables += leaf.binds().size();
                if (leaf.guard() != null) guarded.add(leaf);
            });
            for (CoreExpr body : m.bodies()) before.addAll(live(body, after, pending));
            for (Decision.Leaf leaf : guarded) {
                Set<CoreVar> guardAfter = copy(before);
                guardAfter.addAll(after);
                before.addAll(live(leaf.guard(), guardAfter, pending));
            }
            if (comparesStrings(m.tree())) callPoint(before, pending); // string tests call the RTS
            return before;
        }

        private static boolean comparesStrings(Decision d) {
            return switch (d) {
                case Decision.Switch s -> s.cases().get(0).key() instanceof CoreExpr.StringIs
                        || s.cases().stream().anyMatch(c -> comparesStrings(c.then())) || comparesStrings(s.otherwise());
                case Decision.Leaf l -> l.guardFailed() != null && comparesStrings(l.guardFailed());
                case Decision.Fail x -> false;
            };
        }

        private static Set<CoreVar> copy(Set<CoreVar> s) {
            Set<CoreVar> out = empty();
            out.addAll(s);
            return out;
        }
    }

    /** The primitives the emitter compiles to a call of an RTS function (emit/FunctionEmitter), or that may. */
    static boolean callsTheRts(PrimOp op) {
        return switch (op) {
            case INT_ADD, INT_SUB, INT_MUL, INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE, FLOAT_ADD, FLOAT_SUB,
                    FLOAT_MUL, FLOAT_DIV, FLOAT_NEG, FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE,
                    FLOAT_SQRT, FLOAT_FLOOR, FLOAT_CEIL, INT_TO_FLOAT, BOOL_NOT, OBJ_TAG, IS_NULL, U32_TO_INT -> false;
            default -> true;
        };
    }
}
