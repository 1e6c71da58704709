package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.Rep;
import java.util.ArrayList;
import java.util.List;

/**
 * No pointer waits on the Wasm operand stack while something allocates
 * (decisions/0019). Where an operand that may allocate follows a pointer
 * operand of the same call, primitive or tail call, every operand up to it
 * that is not atomic is bound to a variable first, in order; the node then
 * reads those variables, after all its allocation is done, and the Roots pass
 * keeps the pointers among them in the frame. An object's or closure's
 * fields are all bound the same way when any is not atomic, since the object
 * is allocated after its fields are evaluated and written at once.
 * Evaluation order is unchanged: only atomic operands (constants and
 * variables, which have no effect) are left in place.
 */
public final class AllocationOrder implements CorePass {
    @Override
    public String name() { return "allocation-order"; }

    @Override
    public CoreProgram run(CoreProgram program) {
        MayAllocate may = MayAllocate.of(program);
        for (CoreFunction f : program.functions()) f.replaceBody(new Rewrite(may).expr(f.body()));
        return program;
    }

    private static final class Rewrite {
        private final MayAllocate may;

        Rewrite(MayAllocate may) { this.may = may; }

        CoreExpr expr(CoreExpr e) {
            CoreExpr node = CoreWalk.map(e, this::expr);
            List<CoreExpr> operands = operands(node);
            if (operands == null) return node;
            boolean object = node instanceof CoreExpr.Alloc || node instanceof CoreExpr.MakeClosure;
            int bindUpTo = object ? objectFields(operands) : lastNeeded(operands);
            if (bindUpTo < 0) return node;
            List<CoreVar> bound = new ArrayList<>();
            List<CoreExpr> values = new ArrayList<>();
            List<CoreExpr> replaced = new ArrayList<>(operands);
            for (int i = 0; i <= bindUpTo; i++) {
                CoreExpr o = operands.get(i);
                if (atomic(o)) continue;
                CoreVar v = new CoreVar("arg", o.rep());
                bound.add(v);
                values.add(o);
                replaced.set(i, o.rep() == Rep.UNIT ? new CoreExpr.UnitConst() : new CoreExpr.Get(v));
            }
            CoreExpr out = withOperands(node, replaced);
            for (int i = bound.size() - 1; i >= 0; i--) out = new CoreExpr.Let(bound.get(i), values.get(i), out);
            return out;
        }

        /**
         * The last operand to bind for a call or primitive: the last that may
         * allocate, when a pointer operand comes before it; -1 when nothing needs
         * binding.
         */
        private int lastNeeded(List<CoreExpr> operands) {
            int last = -1;
            for (int i = operands.size() - 1; i >= 0; i--) {
                if (may.expr(operands.get(i))) {
                    last = i;
                    break;
                }
            }
            for (int i = 0; i < last; i++) if (operands.get(i).rep() == Rep.REF) return last;
            return -1;
        }

        /** For an object: every field may need binding when any field is not atomic. */
        private int objectFields(List<CoreExpr> fields) {
            for (CoreExpr f : fields) if (!atomic(f)) return fields.size() - 1;
            return -1;
        }
    }

    /** A value with no effect that can be read late: a constant or a variable. */
    public static boolean atomic(CoreExpr e) {
        return switch (e) {
            case CoreExpr.Get g -> true;
            case CoreExpr.IntConst c -> true;
            case CoreExpr.FloatConst c -> true;
            case CoreExpr.CharConst c -> true;
            case CoreExpr.BoolConst c -> true;
            case CoreExpr.StrConst c -> true;
            case CoreExpr.UnitConst c -> true;
            case CoreExpr.Null n -> true;
            case CoreExpr.StaticObject o -> true;
            default -> false;
        };
    }

    /** The operands of a node evaluated left to right onto the stack (or into an object); null for others. */
    static List<CoreExpr> operands(CoreExpr e) {
        return switch (e) {
            case CoreExpr.Call c -> c.args();
            case CoreExpr.SelfTailCall t -> t.args();
            case CoreExpr.Prim p -> p.args();
            case CoreExpr.Alloc a -> a.fields();
            case CoreExpr.MakeClosure c -> c.captured();
            case CoreExpr.CallClosure c -> {
                List<CoreExpr> all = new ArrayList<>();
                all.add(c.closure());
                all.addAll(c.args());
                yield all;
            }
            default -> null;
        };
    }

    private static CoreExpr withOperands(CoreExpr e, List<CoreExpr> ops) {
        return switch (e) {
            case CoreExpr.Call c -> new CoreExpr.Call(c.function(), ops);
            case CoreExpr.SelfTailCall t -> new CoreExpr.SelfTailCall(ops, t.rep());
            case CoreExpr.Prim p -> new CoreExpr.Prim(p.op(), ops, p.position(), p.rep());
            case CoreExpr.Alloc a -> new CoreExpr.Alloc(a.tag(), ops);
            case CoreExpr.MakeClosure c -> new CoreExpr.MakeClosure(c.code(), ops);
            case CoreExpr.CallClosure c -> new CoreExpr.CallClosure(ops.get(0), ops.subList(1, ops.size()), c.rep());
            default -> throw new IllegalArgumentException("no operands: " + e);
        };
    }
}
