package dev.weft.backend.emit;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.Rep;
import dev.weft.wasm.model.FloatCmpOp;
import dev.weft.wasm.model.FloatType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntCmpOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.IntUnOp;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.WasmLocal;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects, field loads and match arms as Wasm (decisions/0006). Each arm is a
 * block that its failing tests leave; the arm that gets through branches out
 * of the whole match with its value.
 */
final class MatchEmitter {
    /** The field slot i of an object starts at byte 8 + 8 i. */
    static int offset(int slot) {
        return 8 + 8 * slot;
    }

    static Instr load(Rep rep, int slot) {
        LoadOp op = switch (rep) {
            case I64 -> LoadOp.I64_LOAD;
            case F64 -> LoadOp.F64_LOAD;
            case I32, REF -> LoadOp.I32_LOAD;
            case UNIT -> throw new IllegalArgumentException("a Unit field has nothing to load");
        };
        return Instr.load(op, offset(slot));
    }

    static Instr store(Rep rep, int slot) {
        StoreOp op = switch (rep) {
            case I64 -> StoreOp.I64_STORE;
            case F64 -> StoreOp.F64_STORE;
            case I32, REF -> StoreOp.I32_STORE;
            case UNIT -> throw new IllegalArgumentException("a Unit field has nothing to store");
        };
        return Instr.store(op, offset(slot));
    }

    private final FunctionEmitter emitter;

    MatchEmitter(FunctionEmitter emitter) { this.emitter = emitter; }

    void alloc(CoreExpr.Alloc a, List<Instr> out) {
        WasmLocal object = emitter.temp(Rep.REF);
        out.add(Instr.i32(8 + 8 * a.fields().size()));
        out.add(Instr.call(emitter.rts("rts_alloc")));
        out.add(Instr.localTee(object));
        out.add(Instr.i32(a.tag()));
        out.add(Instr.store(StoreOp.I32_STORE, 0));
        out.add(Instr.localGet(object));
        out.add(Instr.i32(a.fields().size()));
        out.add(Instr.store(StoreOp.I32_STORE, 4));
        for (int i = 0; i < a.fields().size(); i++) {
            CoreExpr f = a.fields().get(i);
            if (f.rep() == Rep.UNIT) {
                emitter.expr(f, out);
                continue;
            }
            out.add(Instr.localGet(object));
            emitter.expr(f, out);
            out.add(store(f.rep(), i));
        }
        out.add(Instr.localGet(object));
    }

    void load(CoreExpr.Load l, List<Instr> out) {
        emitter.expr(l.object(), out);
        if (l.rep() == Rep.UNIT) out.add(Instr.DROP);
        else out.add(load(l.rep(), l.slot()));
    }

    void match(CoreExpr.Match m, List<Instr> out) {
        List<WasmLocal> scrutinee = m.scrutinees().stream().map(emitter::local).toList();
        Label done = new Label("match");
        List<Instr> body = new ArrayList<>();
        for (CoreExpr.Arm arm : m.arms()) {
            Label next = new Label("next");
            List<Instr> armCode = new ArrayList<>();
            for (CoreExpr.Test t : arm.tests()) {
                test(t, scrutinee, armCode);
                armCode.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
                armCode.add(Instr.brIf(next));
            }
            for (CoreExpr.Bind b : arm.binds()) {
                if (b.var().rep() == Rep.UNIT) continue;
                path(b.path(), scrutinee, armCode);
                armCode.add(Instr.localSet(emitter.local(b.var())));
            }
            if (arm.guard() != null) {
                emitter.expr(arm.guard(), armCode);
                armCode.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
                armCode.add(Instr.brIf(next));
            }
            emitter.expr(arm.body(), armCode);
            armCode.add(Instr.br(done));
            body.add(Instr.block(next, FunctionEmitter.blockType(Rep.UNIT), armCode));
        }
        // The checker proved the arms exhaustive.
        body.add(Instr.UNREACHABLE);
        out.add(Instr.block(done, FunctionEmitter.blockType(m.rep()), body));
    }

    /** Pushes the value at a path: the scrutinee, then a load per step. */
    private void path(CoreExpr.Path p, List<WasmLocal> scrutinees, List<Instr> out) {
        out.add(Instr.localGet(scrutinees.get(p.root())));
        for (CoreExpr.Step s : p.steps()) out.add(load(s.rep(), s.slot()));
    }

    /** Pushes 1 when the test passes, else 0. */
    private void test(CoreExpr.Test t, List<WasmLocal> scrutinee, List<Instr> out) {
        path(t.path(), scrutinee, out);
        switch (t) {
            case CoreExpr.TagIs tag -> {
                out.add(Instr.load(LoadOp.I32_LOAD, 0));
                out.add(Instr.i32(tag.tag()));
                out.add(Instr.compare(IntType.I32, IntCmpOp.EQ));
            }
            case CoreExpr.NullIs n -> {
                out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
                if (!n.isNull()) out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
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
            case CoreExpr.StringIs s -> {
                out.add(Instr.i32(emitter.string(s.value())));
                out.add(Instr.call(emitter.rts("rts_str_eq")));
            }
        }
    }
}
