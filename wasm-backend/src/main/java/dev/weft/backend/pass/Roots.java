package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.Rep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Precise roots (decisions/0019): every pointer variable that is live across
 * a point where a collection may happen is kept in the function's
 * shadow-stack frame ({@link CoreVar#keepInFrame()}); every other variable
 * stays in a Wasm local. Found by liveness, backwards through each body in
 * evaluation order; runs after {@link AllocationOrder}, which leaves no pointer
 * on the operand stack across an allocation.
 *
 * <p>A collection may happen inside a call of a function that may allocate,
 * a closure call, an allocating primitive, and at an object's allocation
 * (where the atomic fields are read after it). A self tail call rebinds every
 * parameter, so nothing is live after it. A match is treated a little
 * conservatively: its scrutinees are live through its whole tree, and a guard
 * that may allocate keeps everything the rest of the match may use.
 */
public final class Roots implements CorePass {
    @Override
    public String name() { return "roots"; }

    @Override
    public CoreProgram run(CoreProgram program) {
        MayAllocate may = MayAllocate.of(program);
        for (CoreFunction f : program.functions()) new Liveness(may).live(f.body(), empty());
        return program;
    }

    private static Set<CoreVar> empty() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static Set<CoreVar> copy(Set<CoreVar> s) {
        Set<CoreVar> out = empty();
        out.addAll(s);
        return out;
    }

    private static final class Liveness {
        private final MayAllocate may;

        Liveness(MayAllocate may) { this.may = may; }

        /** The variables live before e, given those live after it; marks the roots inside e. */
        Set<CoreVar> live(CoreExpr e, Set<CoreVar> after) {
            switch (e) {
                case CoreExpr.Get g -> {
                    Set<CoreVar> out = copy(after);
                    out.add(g.var());
                    return out;
                }
                case CoreExpr.Let l -> {
                    Set<CoreVar> body = live(l.body(), after);
                    body.remove(l.var());
                    return live(l.value(), body);
                }
                case CoreExpr.Seq s -> {
                    Set<CoreVar> cur = live(s.result(), after);
                    for (int i = s.effects().size() - 1; i >= 0; i--) cur = live(s.effects().get(i), cur);
                    return cur;
                }
                case CoreExpr.If i -> {
                    Set<CoreVar> branches = live(i.then(), after);
                    branches.addAll(live(i.orElse(), after));
                    return live(i.cond(), branches);
                }
                case CoreExpr.SelfTailCall t -> {
                    return operands(t.args(), empty());
                }
                case CoreExpr.Alloc a -> {
                    return object(a.fields(), after);
                }
                case CoreExpr.MakeClosure c -> {
                    return object(c.captured(), after);
                }
                case CoreExpr.Match m -> {
                    return match(m, after);
                }
                default -> {
                    List<CoreExpr> ops = AllocationOrder.operands(e);
                    if (ops == null) ops = CoreWalk.children(e); // Load, constants
                    if (may.itself(e)) keep(after);
                    return operands(ops, after);
                }
            }
        }

        /** Operands evaluated left to right, before the node's own action. */
        private Set<CoreVar> operands(List<CoreExpr> ops, Set<CoreVar> after) {
            Set<CoreVar> cur = after;
            for (int i = ops.size() - 1; i >= 0; i--) cur = live(ops.get(i), cur);
            return copy(cur);
        }

        /**
         * An object: fields that are not atomic are evaluated first, then the
         * allocation, then the atomic fields are read (emit/DataEmitter).
         */
        private Set<CoreVar> object(List<CoreExpr> fields, Set<CoreVar> after) {
            Set<CoreVar> across = copy(after);
            List<CoreExpr> evaluated = new ArrayList<>();
            for (CoreExpr f : fields) {
                if (AllocationOrder.atomic(f)) across = live(f, across);
                else evaluated.add(f);
            }
            keep(across);
            return operands(evaluated, across);
        }

        private Set<CoreVar> match(CoreExpr.Match m, Set<CoreVar> after) {
            Set<CoreVar> before = empty();
            before.addAll(m.scrutinees());
            List<Set<CoreVar>> bound = new ArrayList<>();
            for (int i = 0; i < m.bodies().size(); i++) bound.add(empty());
            List<Decision.Leaf> guarded = new ArrayList<>();
            CoreWalk.leaves(m.tree(), leaf -> {
                for (CoreExpr.Bind b : leaf.binds()) bound.get(leaf.arm()).add(b.var());
                if (leaf.guard() != null) guarded.add(leaf);
            });
            for (int i = 0; i < m.bodies().size(); i++) {
                Set<CoreVar> body = live(m.bodies().get(i), after);
                body.removeAll(bound.get(i));
                before.addAll(body);
            }
            for (Decision.Leaf leaf : guarded) {
                // After a guard: its arm's body (with its bindings) or the rest of the match.
                Set<CoreVar> guardAfter = copy(before);
                guardAfter.addAll(bound.get(leaf.arm()));
                guardAfter.addAll(after);
                Set<CoreVar> guard = live(leaf.guard(), guardAfter);
                guard.removeAll(bound.get(leaf.arm()));
                before.addAll(guard);
            }
            return before;
        }

        private static void keep(Set<CoreVar> live) {
            for (CoreVar v : live) if (v.rep() == Rep.REF) v.keepInFrame();
        }
    }
}
