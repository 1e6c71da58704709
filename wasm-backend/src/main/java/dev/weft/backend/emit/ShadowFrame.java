package dev.weft.backend.emit;

import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Rep;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinOp;
import dev.weft.wasm.model.IntCmpOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A function's frame on the shadow stack (core/shadow_stack.wat,
 * decisions/0019): one i32 slot for each variable the Roots pass keeps in the
 * frame. On entry the frame is taken below {@code $rts_sp}, checked against
 * the stack's base (running past it is "stack overflow"), zeroed so that a
 * collection never sees a stale pointer, and the rooted parameters copied in;
 * on exit it is given back. A function without roots has no frame at all.
 */
final class ShadowFrame {
    /** Frames of up to this many slots are zeroed by stores; larger ones with memory.fill. */
    private static final int STORES_UP_TO = 4;

    private final FunctionEmitter emitter;
    private final WasmModule module;
    private final CoreFunction function;
    private final Map<CoreVar, Integer> slots = new IdentityHashMap<>();
    private WasmLocal fp;
    private WasmLocal scratch;

    ShadowFrame(FunctionEmitter emitter, WasmModule module, CoreFunction function) {
        this.emitter = emitter;
        this.module = module;
        this.function = function;
    }

    private int slot(CoreVar v) {
        if (fp == null) {
            fp = emitter.temp(Rep.REF);
            scratch = emitter.temp(Rep.REF);
        }
        return slots.computeIfAbsent(v, k -> slots.size());
    }

    void get(CoreVar v, List<Instr> out) {
        int offset = 4 * slot(v);
        out.add(Instr.localGet(fp));
        out.add(Instr.load(LoadOp.I32_LOAD, offset));
    }

    void set(CoreVar v, List<Instr> out) {
        int offset = 4 * slot(v);
        out.add(Instr.localSet(scratch));
        out.add(Instr.localGet(fp));
        out.add(Instr.localGet(scratch));
        out.add(Instr.store(StoreOp.I32_STORE, offset));
    }

    /** Whether the function needs a frame: a variable of its body or a parameter is a root. */
    boolean needed() {
        return !slots.isEmpty() || function.params().stream().anyMatch(CoreVar::inFrame);
    }

    /** The body with the frame's prologue and epilogue, or as it is when it needs no frame. */
    List<Instr> wrap(List<Instr> body) {
        if (!needed()) return body;
        for (CoreVar p : function.params()) if (p.inFrame()) slot(p);
        int bytes = 4 * slots.size();
        List<Instr> out = new ArrayList<>();
        out.add(Instr.globalGet(module.global("rts_sp")));
        out.add(Instr.i32(bytes));
        out.add(Instr.binary(IntType.I32, IntBinOp.SUB));
        out.add(Instr.localTee(fp));
        out.add(Instr.globalSet(module.global("rts_sp")));
        out.add(Instr.localGet(fp));
        out.add(Instr.globalGet(module.global("rts_stack_base")));
        out.add(Instr.compare(IntType.I32, IntCmpOp.LT_U));
        out.add(Instr.ifElse(new Label(), BlockType.EMPTY, List.of(Instr.call(emitter.rts("rts_stack_overflow")), Instr.UNREACHABLE),
                List.of()));
        if (slots.size() <= STORES_UP_TO) {
            for (int i = 0; i < slots.size(); i++) {
                out.add(Instr.localGet(fp));
                out.add(Instr.i32(0));
                out.add(Instr.store(StoreOp.I32_STORE, 4L * i));
            }
        } else {
            out.add(Instr.localGet(fp));
            out.add(Instr.i32(0));
            out.add(Instr.i32(bytes));
            out.add(Instr.MEMORY_FILL);
        }
        for (CoreVar p : function.params()) {
            if (!p.inFrame()) continue;
            out.add(Instr.localGet(fp));
            out.add(Instr.localGet(emitter.local(p)));
            out.add(Instr.store(StoreOp.I32_STORE, 4L * slots.get(p)));
        }
        out.addAll(body);
        out.add(Instr.localGet(fp));
        out.add(Instr.i32(bytes));
        out.add(Instr.binary(IntType.I32, IntBinOp.ADD));
        out.add(Instr.globalSet(module.global("rts_sp")));
        return out;
    }
}
