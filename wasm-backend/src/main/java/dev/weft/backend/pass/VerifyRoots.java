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
 * Checks the discipline of decisions/0019 on a program after the pipeline,
 * independently of how {@link AllocationOrder} and {@link Roots} establish it:
 * walking forward in evaluation order, it notes every pointer kept in a Wasm
 * local when something may allocate, and reports a later read of it; and it
 * reports a pointer operand evaluated before a later operand that may
 * allocate, and an object whose fields are not atomic. Tests run it over the
 * corpus and generated programs; a report names the function and variable.
 */
public final class VerifyRoots {
    private final MayAllocate may;
    private final List<String> problems = new ArrayList<>();
    private String function;

    private VerifyRoots(MayAllocate may) { this.may = may; }

    /** Every violation found, empty when the program keeps the discipline. */
    public static List<String> check(CoreProgram program) {
        return dev.weft.frontend.DeepStack.call(() -> checkHere(program));
    }

    private static List<String> checkHere(CoreProgram program) {
        VerifyRoots v = new VerifyRoots(MayAllocate.of(program));
        for (CoreFunction f : program.functions()) {
            v.function = f.name();
            State s = new State();
            for (CoreVar p : f.params()) s.bind(p);
            v.walk(f.body(), s);
        }
        return v.problems;
    }

    /** Pointers in Wasm locals that are in scope, and those an allocation may have made stale. */
    private static final class State {
        final Set<CoreVar> held = set();
        final Set<CoreVar> stale = set();

        void bind(CoreVar v) {
            if (v.rep() != Rep.REF || v.inFrame()) return;
            held.add(v);
            stale.remove(v);
        }

        void allocation() { stale.addAll(held); }

        State copy() {
            State s = new State();
            s.held.addAll(held);
            s.stale.addAll(stale);
            return s;
        }

        void join(State other) {
            held.addAll(other.held);
            stale.addAll(other.stale);
        }
    }

    private static Set<CoreVar> set() { return Collections.newSetFromMap(new IdentityHashMap<>()); }

    private void walk(CoreExpr e, State s) {
        switch (e) {
            case CoreExpr.Get g -> read(g.var(), s);
            case CoreExpr.Let l -> {
                walk(l.value(), s);
                s.bind(l.var());
                walk(l.body(), s);
            }
            case CoreExpr.Seq q -> {
                for (CoreExpr effect : q.effects()) walk(effect, s);
                walk(q.result(), s);
            }
            case CoreExpr.If i -> {
                walk(i.cond(), s);
                State other = s.copy();
                walk(i.then(), s);
                walk(i.orElse(), other);
                s.join(other);
            }
            case CoreExpr.Alloc a -> object(a.fields(), s);
            case CoreExpr.MakeClosure c -> object(c.captured(), s);
            case CoreExpr.Match m -> match(m, s);
            // Not a discipline of its own: a lambda left means closure conversion did not run.
            case CoreExpr.Lambda l -> problems.add(function + ": lambda " + l.name() + " was never converted to a closure");
            default -> {
                List<CoreExpr> ops = AllocationOrder.operands(e);
                if (ops == null) ops = CoreWalk.children(e);
                for (int j = 0; j < ops.size(); j++) {
                    if (!may.expr(ops.get(j))) continue;
                    for (int i = 0; i < j; i++) {
                        if (ops.get(i).rep() == Rep.REF) {
                            problem("pointer operand " + i + " waits on the stack while operand " + j + " may allocate in " + e);
                        }
                    }
                }
                for (CoreExpr o : ops) walk(o, s);
                if (may.itself(e)) s.allocation();
            }
        }
    }

    private void object(List<CoreExpr> fields, State s) {
        for (CoreExpr f : fields) {
            if (!AllocationOrder.atomic(f)) problem("a field is evaluated after its object is allocated: " + f);
        }
        s.allocation();
        for (CoreExpr f : fields) walk(f, s);
    }

    private void match(CoreExpr.Match m, State s) {
        for (CoreVar v : m.scrutinees()) read(v, s);
        // Each body once, from the join of the states of the leaves that reach it.
        State[] entries = new State[m.bodies().size()];
        leaves(m, m.tree(), s, entries);
        State after = null;
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == null) continue;
            walk(m.bodies().get(i), entries[i]);
            if (after == null) after = entries[i];
            else after.join(entries[i]);
        }
        if (after != null) s.join(after);
    }

    private void leaves(CoreExpr.Match m, Decision d, State s, State[] entries) {
        switch (d) {
            case Decision.Switch sw -> {
                for (Decision.Case c : sw.cases()) leaves(m, c.then(), s, entries);
                leaves(m, sw.otherwise(), s, entries);
            }
            case Decision.Leaf l -> {
                State here = s.copy();
                for (CoreExpr.Bind b : l.binds()) here.bind(b.var());
                if (l.guard() != null) {
                    walk(l.guard(), here);
                    // The tree after a failed guard reads the scrutinees again.
                    State failed = s.copy();
                    failed.stale.addAll(here.stale);
                    for (CoreVar v : m.scrutinees()) read(v, failed);
                    leaves(m, l.guardFailed(), failed, entries);
                }
                if (entries[l.arm()] == null) entries[l.arm()] = here;
                else entries[l.arm()].join(here);
            }
            case Decision.Fail f -> {}
        }
    }

    private void read(CoreVar v, State s) {
        if (s.stale.contains(v)) {
            problem("pointer " + v.name() + " is read from a Wasm local after something that may collect");
        }
    }

    private void problem(String what) {
        problems.add(function + ": " + what);
    }
}
