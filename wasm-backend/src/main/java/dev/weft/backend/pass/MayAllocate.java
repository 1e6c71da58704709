package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.PrimOp;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which functions and expressions may allocate, and so may collect
 * (decisions/0019): an object or closure made, an RTS primitive that makes a
 * string or a list, a call of a closure (its code is not known), or a call of
 * a function that may. Found as a least fixed point over the call graph, so
 * that a recursion that never allocates (fib) is known not to.
 */
public final class MayAllocate {
    private final Set<CoreFunction> allocating;
    private final Map<CoreExpr, Boolean> memo = new IdentityHashMap<>();

    private MayAllocate(Set<CoreFunction> allocating) { this.allocating = allocating; }

    public static MayAllocate of(CoreProgram program) {
        Set<CoreFunction> allocating = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean changed = true;
        while (changed) {
            changed = false;
            MayAllocate now = new MayAllocate(allocating);
            for (CoreFunction f : program.functions()) {
                if (!allocating.contains(f) && now.expr(f.body())) {
                    allocating.add(f);
                    changed = true;
                }
            }
        }
        return new MayAllocate(new HashSet<>(allocating));
    }

    public boolean function(CoreFunction f) { return allocating.contains(f); }

    /** Whether evaluating e may allocate, anywhere inside it. */
    public boolean expr(CoreExpr e) {
        Boolean known = memo.get(e);
        if (known != null) return known;
        boolean result = itself(e);
        if (!result) {
            for (CoreExpr child : CoreWalk.children(e)) {
                if (expr(child)) {
                    result = true;
                    break;
                }
            }
        }
        memo.put(e, result);
        return result;
    }

    /** Whether the node's own action allocates (its subexpressions aside). */
    public boolean itself(CoreExpr e) {
        return switch (e) {
            case CoreExpr.Alloc a -> true;
            case CoreExpr.MakeClosure c -> true;
            case CoreExpr.CallClosure c -> true;
            case CoreExpr.Call c -> allocating.contains(c.function());
            case CoreExpr.Prim p -> allocates(p.op());
            default -> false;
        };
    }

    /** The primitives whose RTS code allocates (rts/units/core: strings, text, floats; parse's Some). */
    public static boolean allocates(PrimOp op) {
        return switch (op) {
            case STR_CONCAT, CONCAT_REVERSED, PARSE_INT, PARSE_FLOAT, SLICE, SPLIT, FIXED, SHOW_INT, SHOW_FLOAT,
                    SHOW_CHAR, SHOW_STRING -> true;
            // A process's own heap is collected only when the process allocates in it: a switch at a
            // safepoint, a spawn (the closure's copy is made in the new heap), a send (into a region of
            // its own) and self leave it alone; a receive copies the message in, and its selector
            // runs compiled code; a monitor of an ended process makes its Down at once; main's run
            // runs the whole program.
            case RECEIVE, RECEIVE_AFTER, MONITOR, RUN -> true;
            case SPAWN, SPAWN_LINK, SEND, SELF, MESSAGE_TAG, MESSAGE_VALUE, RECEIVED_ARM, U32_TO_INT -> false;
            case INT_ADD, INT_SUB, INT_MUL, INT_DIV, INT_REM, INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE,
                    FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV, FLOAT_NEG, FLOAT_REM, FLOAT_EQ, FLOAT_NE, FLOAT_LT,
                    FLOAT_LE, FLOAT_GT, FLOAT_GE, FLOAT_SQRT, FLOAT_FLOOR, FLOAT_CEIL, INT_TO_FLOAT, FLOAT_TO_INT,
                    BOOL_NOT, U32_EQ, U32_NE, U32_LT, U32_LE, U32_GT, U32_GE, STR_EQ, STR_NE, STR_LT, STR_LE, STR_GT,
                    STR_GE, STR_CMP, STR_LENGTH, LIST_LENGTH, OBJ_TAG, IS_NULL, SHOW_BOOL, SHOW_UNIT, PRINT, PRINTLN,
                    SLEEP, EXIT, PANIC -> false;
        };
    }
}
