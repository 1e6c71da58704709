package dev.weft.backend.emit;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreExpr.Test;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Decision;
import dev.weft.backend.core.Rep;
import dev.weft.wasm.model.Br;
import dev.weft.wasm.model.FloatCmpOp;
import dev.weft.wasm.model.FloatType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntCmpOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.IntUnOp;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.WasmLocal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A match's decision tree as Wasm (docs/decisions/0010-decision-trees.md).
 *
 * <p>The tree is straight-line code whose every way ends in a branch: no
 * piece of it falls through. An arm reached from one leaf has its body right
 * there, followed by a branch out of the match. An arm reached from several
 * leaves has its body emitted once, after a block that its leaves leave once
 * they have set its bindings:
 * <pre>
 * block $match (result T)
 *   block $arm3
 *     block $arm1
 *       TREE          ;; leaves of arm 1: bindings, br $arm1
 *     end
 *     BODY1  br $match
 *   end
 *   BODY3             ;; the last shared body falls through
 * end
 * </pre>
 * Each path's value is loaded once on every way through the tree and kept in
 * a local for the tests and bindings below it; a path's value is the same
 * wherever it is loaded, so one local per path serves every branch.
 */
final class DecisionEmitter {
    /** From this many comparisons on a tag, a br_table is used (it costs one load and one jump). */
    private static final int TABLE_FROM = 2;

    private final FunctionEmitter emitter;
    private final CoreExpr.Match match;
    private final Label done = new Label("match");
    private final Label[] shared;
    private final Map<Path, WasmLocal> locals = new HashMap<>();

    DecisionEmitter(FunctionEmitter emitter, CoreExpr.Match match) {
        this.emitter = emitter;
        this.match = match;
        int[] leaves = new int[match.bodies().size()];
        countLeaves(match.tree(), leaves);
        shared = new Label[leaves.length];
        for (int arm = 0; arm < leaves.length; arm++) {
            if (leaves[arm] > 1) shared[arm] = new Label("arm" + arm);
        }
    }

    void emit(List<Instr> out) {
        // A pattern binding (a let or a parameter written as a pattern): no tests, no blocks.
        if (match.tree() instanceof Decision.Leaf leaf && leaf.guard() == null) {
            binds(leaf, new HashSet<>(), out);
            emitter.expr(match.bodies().get(leaf.arm()), out);
            return;
        }
        List<Instr> inner = new ArrayList<>();
        decision(match.tree(), new HashSet<>(), inner);
        int last = -1;
        for (int arm = 0; arm < shared.length; arm++) {
            if (shared[arm] != null) last = arm;
        }
        for (int arm = 0; arm < shared.length; arm++) {
            if (shared[arm] == null) continue;
            List<Instr> wrapped = new ArrayList<>();
            wrapped.add(Instr.block(shared[arm], FunctionEmitter.blockType(Rep.UNIT), inner));
            emitter.expr(match.bodies().get(arm), wrapped);
            if (arm != last) wrapped.add(Instr.br(done));
            inner = wrapped;
        }
        out.add(Instr.block(done, FunctionEmitter.blockType(match.rep()), inner));
    }

    private static void countLeaves(Decision d, int[] leaves) {
        switch (d) {
            case Decision.Switch s -> {
                s.cases().forEach(c -> countLeaves(c.then(), leaves));
                countLeaves(s.otherwise(), leaves);
            }
            case Decision.Leaf l -> {
                leaves[l.arm()]++;
                if (l.guardFailed() != null) countLeaves(l.guardFailed(), leaves);
            }
            case Decision.Fail f -> {}
        }
    }

    /** The code of a subtree; {@code loaded} holds the paths whose locals are set on every way here. */
    private void decision(Decision d, Set<Path> loaded, List<Instr> out) {
        switch (d) {
            case Decision.Switch s -> {
                if (s.cases().get(0).key() instanceof CoreExpr.TagIs && comparisons(s) >= TABLE_FROM) table(s, loaded, out);
                else chain(s, loaded, out);
            }
            case Decision.Leaf l -> leaf(l, loaded, out);
            // The checker proved the arms exhaustive.
            case Decision.Fail f -> out.add(Instr.UNREACHABLE);
        }
    }

    /** When nothing else can get to the last case, it is taken without a comparison. */
    private static int comparisons(Decision.Switch s) {
        return s.otherwise() instanceof Decision.Fail ? s.cases().size() - 1 : s.cases().size();
    }

    /** Each case's test in turn, as an if whose code leaves the match; then the default. */
    private void chain(Decision.Switch s, Set<Path> loaded, List<Instr> out) {
        Set<Path> here = new HashSet<>(loaded);
        int compared = comparisons(s);
        for (int i = 0; i < compared; i++) {
            Decision.Case c = s.cases().get(i);
            condition(c.key(), here, out);
            List<Instr> then = new ArrayList<>();
            decision(c.then(), new HashSet<>(here), then);
            when(then, out);
        }
        Decision rest = compared < s.cases().size() ? s.cases().get(compared).then() : s.otherwise();
        decision(rest, here, out);
    }

    /**
     * The tag as an index into a br_table of nested blocks, one per target;
     * each block's end is followed by its target's code. Tags are dense (a
     * constructor's index in its type), so the table has at most one entry per
     * constructor.
     */
    private void table(Decision.Switch s, Set<Path> loaded, List<Instr> out) {
        Set<Path> here = new HashSet<>(loaded);
        List<Decision> targets = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (Decision.Case c : s.cases()) {
            targets.add(c.then());
            labels.add(new Label("tag" + ((CoreExpr.TagIs) c.key()).tag()));
        }
        if (!(s.otherwise() instanceof Decision.Fail)) {
            targets.add(s.otherwise());
            labels.add(new Label("other"));
        }
        Label otherwise = labels.get(labels.size() - 1);
        int size = 0;
        for (Decision.Case c : s.cases()) size = Math.max(size, ((CoreExpr.TagIs) c.key()).tag() + 1);
        List<Label> table = new ArrayList<>();
        for (int tag = 0; tag < size; tag++) table.add(otherwise);
        for (int i = 0; i < s.cases().size(); i++) table.set(((CoreExpr.TagIs) s.cases().get(i).key()).tag(), labels.get(i));

        List<Instr> inner = new ArrayList<>();
        value(s.path(), here, inner);
        inner.add(Instr.load(LoadOp.I32_LOAD, 0));
        inner.add(Instr.brTable(table, otherwise));
        for (int i = 0; i < targets.size(); i++) {
            List<Instr> wrapped = new ArrayList<>();
            wrapped.add(Instr.block(labels.get(i), FunctionEmitter.blockType(Rep.UNIT), inner));
            decision(targets.get(i), new HashSet<>(here), wrapped);
            inner = wrapped;
        }
        out.addAll(inner);
    }

    private void leaf(Decision.Leaf l, Set<Path> loaded, List<Instr> out) {
        binds(l, loaded, out);
        List<Instr> exit = new ArrayList<>();
        if (shared[l.arm()] != null) {
            exit.add(Instr.br(shared[l.arm()]));
        } else {
            emitter.expr(match.bodies().get(l.arm()), exit);
            exit.add(Instr.br(done));
        }
        if (l.guard() == null) {
            out.addAll(exit);
            return;
        }
        emitter.expr(l.guard(), out);
        when(exit, out);
        // A guard that allocated may have moved what the paths' locals point to: load them again.
        decision(l.guardFailed(), emitter.mayAllocate(l.guard()) ? new HashSet<>() : loaded, out);
    }

    /** Runs {@code then} when the i32 on the stack is non-zero; a lone branch (to a shared body) is a br_if. */
    private static void when(List<Instr> then, List<Instr> out) {
        if (then.size() == 1 && then.get(0) instanceof Br br) out.add(Instr.brIf(br.label()));
        else out.add(Instr.ifElse(new Label(), FunctionEmitter.blockType(Rep.UNIT), then, List.of()));
    }

    private void binds(Decision.Leaf l, Set<Path> loaded, List<Instr> out) {
        for (CoreExpr.Bind b : l.binds()) {
            if (b.var().rep() == Rep.UNIT) continue;
            load(b.path(), loaded, out);
            emitter.setVar(b.var(), out);
        }
    }

    /** Pushes an i32 that is non-zero when the value at the test's path passes it. */
    private void condition(Test t, Set<Path> loaded, List<Instr> out) {
        value(t.path(), loaded, out);
        switch (t) {
            case CoreExpr.TagIs tag -> {
                out.add(Instr.load(LoadOp.I32_LOAD, 0));
                out.add(Instr.i32(tag.tag()));
                out.add(Instr.compare(IntType.I32, IntCmpOp.EQ));
            }
            // A non-null pointer is itself non-zero.
            case CoreExpr.NullIs n -> {
                if (n.isNull()) out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
            }
            case CoreExpr.IntIs i -> {
                out.add(Instr.i64(i.value()));
                out.add(Instr.compare(IntType.I64, IntCmpOp.EQ));
            }
            case CoreExpr.FloatIs f -> {
                out.add(Instr.f64(f.value()));
                out.add(Instr.compare(FloatType.F64, FloatCmpOp.EQ));
            }
            case CoreExpr.I32Is i -> {
                out.add(Instr.i32(i.value()));
                out.add(Instr.compare(IntType.I32, IntCmpOp.EQ));
            }
            case CoreExpr.BoolIs b -> {
                if (!b.value()) out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
            }
            case CoreExpr.StringIs s -> {
                out.add(Instr.i32(emitter.string(s.value())));
                out.add(Instr.call(emitter.rts("rts_str_eq")));
            }
        }
    }

    /**
     * Pushes the value at a path that is tested: kept in the path's local,
     * loaded (through its parent's local) only where no way here loaded it.
     */
    private void value(Path p, Set<Path> loaded, List<Instr> out) {
        if (p.steps().isEmpty()) {
            emitter.getVar(match.scrutinees().get(p.root()), out);
            return;
        }
        WasmLocal local = locals.computeIfAbsent(p, k -> emitter.temp(k.steps().get(k.steps().size() - 1).rep()));
        if (loaded.contains(p)) {
            out.add(Instr.localGet(local));
            return;
        }
        load(p, loaded, out);
        out.add(Instr.localTee(local));
        loaded.add(p);
    }

    /** Pushes the value at a path that is only bound: its parent through the locals, then one load. */
    private void load(Path p, Set<Path> loaded, List<Instr> out) {
        if (p.steps().isEmpty() || loaded.contains(p)) {
            value(p, loaded, out);
            return;
        }
        var steps = p.steps();
        value(new Path(p.root(), steps.subList(0, steps.size() - 1)), loaded, out);
        CoreExpr.Step last = steps.get(steps.size() - 1);
        out.add(DataEmitter.load(last.rep(), last.slot()));
    }
}
