package dev.weft.backend.emit;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.Rep;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.WasmLocal;
import java.util.List;

/**
 * Objects and field loads as Wasm (decisions/0006); matches, which read
 * objects through the same slot layout, are DecisionEmitter's.
 */
final class DataEmitter {
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

    DataEmitter(FunctionEmitter emitter) { this.emitter = emitter; }

    /**
     * A new object, written whole before anything else can allocate
     * (decisions/0019): the fields are evaluated first — a field that is not
     * atomic into a temporary (the AllocationOrder pass has already bound
     * every such field to a variable, so that pointers among them are roots) —
     * then the object is allocated, its tag and layout stored, and the fields.
     */
    void alloc(CoreExpr.Alloc a, List<Instr> out) {
        List<CoreExpr> fields = a.fields();
        WasmLocal[] evaluated = new WasmLocal[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            CoreExpr f = fields.get(i);
            if (atomic(f)) continue;
            emitter.expr(f, out);
            if (f.rep() == Rep.UNIT) continue;
            evaluated[i] = emitter.temp(f.rep());
            out.add(Instr.localSet(evaluated[i]));
        }
        List<Boolean> pointers = new java.util.ArrayList<>();
        for (CoreExpr f : a.fields()) pointers.add(f.rep() == Rep.REF);
        WasmLocal object = emitter.temp(Rep.REF);
        out.add(Instr.i32(8 + 8 * fields.size()));
        out.add(Instr.call(emitter.rts("rts_alloc")));
        out.add(Instr.localTee(object));
        out.add(Instr.i32(a.tag()));
        out.add(Instr.store(StoreOp.I32_STORE, 0));
        out.add(Instr.localGet(object));
        out.add(Instr.i32(emitter.layout(pointers)));
        out.add(Instr.store(StoreOp.I32_STORE, 4));
        for (int i = 0; i < fields.size(); i++) {
            CoreExpr f = fields.get(i);
            if (f.rep() == Rep.UNIT) continue;
            out.add(Instr.localGet(object));
            if (evaluated[i] != null) out.add(Instr.localGet(evaluated[i]));
            else emitter.expr(f, out);
            out.add(store(f.rep(), i));
        }
        out.add(Instr.localGet(object));
    }

    /** A value that reading twice or late changes nothing: no effect, no allocation. */
    static boolean atomic(CoreExpr e) {
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

    void load(CoreExpr.Load l, List<Instr> out) {
        emitter.expr(l.object(), out);
        if (l.rep() == Rep.UNIT) out.add(Instr.DROP);
        else out.add(load(l.rep(), l.slot()));
    }
}
