package dev.weft.backend.emit;

import dev.weft.backend.BuildException;
import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.CoreWalk;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.backend.pass.StackCharge;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.ConvertOp;
import dev.weft.wasm.model.FloatBinOp;
import dev.weft.wasm.model.FloatCmpOp;
import dev.weft.wasm.model.FloatType;
import dev.weft.wasm.model.FloatUnOp;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinOp;
import dev.weft.wasm.model.IntCmpOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.IntUnOp;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Core IR of one function to Wasm instructions. Unit values leave nothing on
 * the stack. A function with self tail calls has its body wrapped in a loop;
 * each self tail call assigns the parameters and branches back to it.
 */
final class FunctionEmitter {
    private final WasmModule module;
    private final StaticData staticData;
    private final CoreFunction function;
    /**
     * Locals (parameters included) one function may have: 50,000, the limit of
     * V8, Wasmtime and Chicory alike (a 90,000-statement main was "too many
     * locals" on Chicory). Checked whatever the opt level, though wasm-opt's
     * coalescing might bring a function under it, so that a program builds under
     * every vector or under none.
     */
    static final int MAX_LOCALS = 50_000;

    private final Map<CoreVar, WasmLocal> locals = new IdentityHashMap<>();
    private final List<WasmLocal> params = new ArrayList<>();
    private final List<WasmLocal> extraLocals = new ArrayList<>();
    private final Label top = new Label("tail");
    /** In a switchable module, the loop around a self-tail-calling function's loop that passes the safepoint. */
    private final Label slice = new Label("slice");
    /** Whether the self tail calls' loop is a function of its own ({@link #outlinedLoop}). */
    private boolean outlined;
    private final DataEmitter data = new DataEmitter(this);

    private final FunctionTable table;
    private final ShadowFrame frame;
    private final dev.weft.backend.pass.MayAllocate mayAllocate;
    /** The depth the caller reached: the first parameter of every compiled function ({@link #depthChecked}). */
    private final WasmLocal depth = new WasmLocal("depth", ValType.I32);
    private final int stackLimit;
    /** Whether the program uses processes: then compiled code has safepoints ({@link #safepoint}). */
    private final boolean safepoints;

    FunctionEmitter(WasmModule module, StaticData data, FunctionTable table, dev.weft.backend.pass.MayAllocate mayAllocate,
            CoreFunction function, int stackLimit, boolean safepoints) {
        this.stackLimit = stackLimit;
        this.safepoints = safepoints;
        this.table = table;
        this.mayAllocate = mayAllocate;
        this.frame = new ShadowFrame(this, module, function);
        this.module = module;
        this.staticData = data;
        this.function = function;
    }

    static List<ValType> valTypes(Rep rep) {
        return switch (rep) {
            case I64 -> List.of(ValType.I64);
            case F64 -> List.of(ValType.F64);
            case I32, REF -> List.of(ValType.I32);
            case UNIT -> List.of();
        };
    }

    static BlockType blockType(Rep rep) {
        return new BlockType(valTypes(rep));
    }

    static FuncType signature(CoreFunction f) {
        List<ValType> ps = new ArrayList<>(List.of(ValType.I32)); // the depth
        for (CoreVar p : f.params()) ps.addAll(valTypes(p.rep()));
        return new FuncType(ps, valTypes(f.result()));
    }

    void emit() {
        params.add(depth);
        for (CoreVar p : function.params()) {
            if (p.rep() == Rep.UNIT) continue;
            WasmLocal l = new WasmLocal(p.name(), valTypes(p.rep()).get(0));
            locals.put(p, l);
            params.add(l);
        }
        List<Instr> body = new ArrayList<>();
        boolean loops = hasSelfTailCall(function.body());
        // In a switchable module a loop that neither allocates nor waits (receive, sleep) is a function of its own
        // (outlinedLoop); any other has its safepoint in a loop around it.
        outlined = safepoints && loops && !mayAllocate.expr(function.body()) && !waits(function.body());
        expr(function.body(), body);
        if (loops) body = new ArrayList<>(List.of(Instr.loop(top, blockType(function.result()), body)));
        List<WasmLocal> locals = extraLocals;
        if (outlined) {
            locals = new ArrayList<>();
            body = outlinedLoop(body, locals);
        } else if (safepoints && loops) {
            // The loop's safepoint, which is also the entry's, in a loop of its own around it: the jump
            // back goes to the outer loop only when the countdown is over, so the inner loop has no
            // call of its own (see selfTailCall).
            List<Instr> outer = new ArrayList<>(safepointCode());
            outer.addAll(body);
            body = new ArrayList<>(List.of(Instr.loop(slice, blockType(function.result()), outer)));
        } else if (safepoints && makesCalls(function.body())) {
            body.addAll(0, safepointCode());
        }
        boolean framed = frame.needed();
        body = frame.wrap(body);
        int charge = StackCharge.bytes(function, framed, safepoints);
        if (outlined && charge > 0) charge += StackCharge.outlinedLoopCaller(function);
        body = depthChecked(charge, body);
        checkLocals(params.size() + locals.size());
        module.function(function.name()).define(signature(function), params, locals, body);
    }

    private void checkLocals(int count) {
        if (count > MAX_LOCALS) {
            throw new BuildException(String.format("function %s needs %,d Wasm locals, more than the %,d that WebAssembly "
                    + "engines accept in one function; split it into smaller functions", function.name(), count,
                    MAX_LOCALS));
        }
    }

    /**
     * In a switchable module (docs/decisions/0023), a self-tail-calling
     * function's loop is a function of its own, {@code NAME$loop}, which
     * returns when its slice is over: (1, any result, the parameters as they
     * are) to go on after the safepoint, or (0, the result, ...) when the
     * function is done. The function itself passes the safepoint, calls the
     * loop, and calls it again with the parameters it gave back until it is
     * done. Only a loop that neither allocates nor waits (receive, sleep) is outlined: the
     * loop calls no RTS function of its own, so unless its body crashes or
     * calls something that can switch, asyncify leaves it as it is (an
     * allocation can crash, out of memory, so an allocating loop would be
     * instrumented all the same). Wasmtime 7's Cranelift kept spectral-norm's
     * row sum in registers only in a function that asyncify had not
     * instrumented: with the loop inside the instrumented function the
     * program ran 2.4x as long as without processes, outlined 1.1x
     * (docs/performance.md).
     *
     * <p>Returns the caller's body (without its depth check); the caller's
     * own locals go to {@code callerLocals}. A loop that does not allocate
     * has no shadow frame.
     */
    private List<Instr> outlinedLoop(List<Instr> loop, List<WasmLocal> callerLocals) {
        if (frame.needed()) {
            // The Roots pass keeps only what lives across a possible collection in the frame.
            throw new IllegalStateException(function.name() + ": a loop that does not allocate has a shadow frame");
        }
        List<ValType> result = valTypes(function.result());
        List<WasmLocal> carried = carried();
        // The loop: (depth, parameters) -> (again?, result, parameters).
        List<Instr> loopBody = new ArrayList<>(loop);
        List<WasmLocal> loopLocals = new ArrayList<>(extraLocals);
        WasmLocal value = null;
        if (!result.isEmpty()) {
            value = new WasmLocal("value", result.get(0));
            loopLocals.add(value);
            loopBody.add(Instr.localSet(value));
        }
        loopBody.addAll(sliceExit(0, value, carried));
        List<ValType> loopResults = new ArrayList<>(List.of(ValType.I32));
        loopResults.addAll(result);
        for (WasmLocal p : carried) loopResults.add(p.type());
        List<ValType> loopTypes = new ArrayList<>();
        for (WasmLocal p : params) loopTypes.add(p.type());
        checkLocals(params.size() + loopLocals.size());
        WasmFunction loopFunction = module.function(function.name() + "$loop");
        loopFunction.define(new FuncType(loopTypes, loopResults), params, loopLocals, loopBody);

        // The caller: round the safepoint and the loop until the loop is done.
        WasmLocal got = null;
        if (!result.isEmpty()) {
            got = new WasmLocal("result", result.get(0));
            callerLocals.add(got);
        }
        List<Instr> round = new ArrayList<>(safepointCode());
        for (WasmLocal p : params) round.add(Instr.localGet(p));
        round.add(Instr.call(loopFunction));
        for (int i = carried.size() - 1; i >= 0; i--) round.add(Instr.localSet(carried.get(i)));
        if (got != null) round.add(Instr.localSet(got));
        round.add(Instr.brIf(slice));
        if (got != null) round.add(Instr.localGet(got));
        return new ArrayList<>(List.of(Instr.loop(slice, blockType(function.result()), round)));
    }

    /** The parameters an outlined loop takes and gives back: all but the depth. */
    private List<WasmLocal> carried() {
        return params.subList(1, params.size());
    }

    /** The loop's return: (again?, the result or a zero, the parameters). */
    private List<Instr> sliceExit(int again, WasmLocal value, List<WasmLocal> carried) {
        List<Instr> out = new ArrayList<>();
        out.add(Instr.i32(again));
        if (value != null) {
            out.add(Instr.localGet(value));
        } else {
            for (ValType t : valTypes(function.result())) out.add(zero(t));
        }
        for (WasmLocal p : carried) out.add(Instr.localGet(p));
        return out;
    }

    private static Instr zero(ValType t) {
        return switch (t) {
            case I32 -> Instr.i32(0);
            case I64 -> Instr.i64(0);
            case F64 -> Instr.f64(0);
            default -> throw new IllegalStateException("no result of type " + t);
        };
    }

    /**
     * The stack limit (docs/decisions/0020): every compiled function takes the
     * depth its caller reached, in bytes as {@link StackCharge} counts them, as
     * its first parameter; one that calls compiled code adds its own charge,
     * stops with "stack overflow" past the limit, and passes the sum on. The
     * check costs an add and a compare on entry and no work on return, and
     * the depth stays in a register, so it adds nothing to the native frame
     * of a function that makes one call.
     */
    private List<Instr> depthChecked(int charge, List<Instr> body) {
        if (charge == 0) return body;
        List<Instr> out = new ArrayList<>();
        out.add(Instr.localGet(depth));
        out.add(Instr.i32(charge));
        out.add(Instr.binary(IntType.I32, IntBinOp.ADD));
        out.add(Instr.localTee(depth));
        out.add(Instr.i32(stackLimit));
        out.add(Instr.compare(IntType.I32, IntCmpOp.GT_U));
        // The call never returns: unreachable after it tells the engine's register allocator that
        // nothing is live across it, so the check adds no callee-saved register or spill to the frame.
        out.add(Instr.ifElse(new Label(), BlockType.EMPTY,
                List.of(Instr.call(rts("rts_stack_overflow")), Instr.UNREACHABLE), List.of()));
        out.addAll(body);
        return out;
    }

    /** Pushes a variable's value: from its frame slot when it is a root, else its local. */
    void getVar(CoreVar v, List<Instr> out) {
        if (v.rep() == Rep.UNIT) return;
        if (v.inFrame()) frame.get(v, out);
        else out.add(Instr.localGet(local(v)));
    }

    /** Pops the value on the stack into a variable. */
    void setVar(CoreVar v, List<Instr> out) {
        if (v.rep() == Rep.UNIT) return;
        if (v.inFrame()) frame.set(v, out);
        else out.add(Instr.localSet(local(v)));
    }

    boolean mayAllocate(CoreExpr e) {
        return mayAllocate.expr(e);
    }

    WasmLocal local(CoreVar v) {
        return locals.computeIfAbsent(v, k -> {
            WasmLocal l = new WasmLocal(k.name(), valTypes(k.rep()).get(0));
            extraLocals.add(l);
            return l;
        });
    }

    WasmLocal temp(Rep rep) {
        WasmLocal l = new WasmLocal("tmp", valTypes(rep).get(0));
        extraLocals.add(l);
        return l;
    }

    int string(String value) {
        return staticData.string(value);
    }

    /** The address of a layout record (decisions/0019). */
    int layout(List<Boolean> pointers) {
        return staticData.layout(pointers);
    }

    WasmFunction rts(String name) {
        return module.function(name);
    }

    void expr(CoreExpr e, List<Instr> out) {
        switch (e) {
            case CoreExpr.IntConst c -> out.add(Instr.i64(c.value()));
            case CoreExpr.FloatConst c -> out.add(Instr.f64(c.value()));
            case CoreExpr.CharConst c -> out.add(Instr.i32(c.codePoint()));
            case CoreExpr.BoolConst c -> out.add(Instr.i32(c.value() ? 1 : 0));
            case CoreExpr.StrConst c -> out.add(Instr.i32(staticData.string(c.value())));
            case CoreExpr.UnitConst c -> {}
            case CoreExpr.Get g -> getVar(g.var(), out);
            case CoreExpr.Let l -> {
                expr(l.value(), out);
                setVar(l.var(), out);
                expr(l.body(), out);
            }
            case CoreExpr.Seq s -> {
                for (CoreExpr effect : s.effects()) {
                    expr(effect, out);
                    if (effect.rep() != Rep.UNIT) out.add(Instr.DROP);
                }
                expr(s.result(), out);
            }
            case CoreExpr.If i -> {
                expr(i.cond(), out);
                List<Instr> then = new ArrayList<>();
                List<Instr> orElse = new ArrayList<>();
                expr(i.then(), then);
                expr(i.orElse(), orElse);
                out.add(Instr.ifElse(new Label(), blockType(i.rep()), then, orElse));
            }
            case CoreExpr.Call c -> {
                out.add(Instr.localGet(depth));
                for (CoreExpr a : c.args()) expr(a, out);
                out.add(Instr.call(module.function(c.function().name())));
            }
            case CoreExpr.SelfTailCall t -> selfTailCall(t, out);
            case CoreExpr.Alloc a -> data.alloc(a, out);
            case CoreExpr.StaticObject o -> out.add(Instr.i32(staticData.object(o.tag())));
            case CoreExpr.Null n -> out.add(Instr.i32(0));
            case CoreExpr.Load l -> data.load(l, out);
            case CoreExpr.Match m -> new DecisionEmitter(this, m).emit(out);
            case CoreExpr.MakeClosure c -> data.alloc(new CoreExpr.Alloc(table.slot(c.code()), c.captured()), out);
            case CoreExpr.CallClosure c -> callClosure(c, out);
            case CoreExpr.Prim p -> prim(p, out);
            case CoreExpr.Lambda l -> throw new IllegalStateException("lambda " + l.name() + " in " + function.name()
                    + " reached the emitter: pass/ClosureConversion turns every lambda into a closure first");
        }
    }

    /** The closure is the hidden first argument; its tag is the table slot of its code (decisions/0006). */
    private void callClosure(CoreExpr.CallClosure c, List<Instr> out) {
        WasmLocal closure = temp(Rep.REF);
        out.add(Instr.localGet(depth));
        expr(c.closure(), out);
        out.add(Instr.localTee(closure));
        List<ValType> params = new ArrayList<>();
        params.add(ValType.I32); // the depth
        params.add(ValType.I32);
        for (CoreExpr a : c.args()) {
            expr(a, out);
            params.addAll(valTypes(a.rep()));
        }
        out.add(Instr.localGet(closure));
        out.add(Instr.load(LoadOp.I32_LOAD, 0));
        out.add(Instr.callIndirect(new FuncType(params, valTypes(c.rep()))));
        table.calledThrough();
    }

    /** Arguments go to temporaries first: a later argument may read a parameter an earlier one replaces. */
    private void selfTailCall(CoreExpr.SelfTailCall t, List<Instr> out) {
        List<WasmLocal> temps = new ArrayList<>();
        for (int i = 0; i < t.args().size(); i++) {
            CoreExpr a = t.args().get(i);
            expr(a, out);
            if (a.rep() != Rep.UNIT) {
                WasmLocal tmp = temp(a.rep());
                out.add(Instr.localSet(tmp));
                temps.add(tmp);
            } else {
                temps.add(null);
            }
        }
        for (int i = 0; i < temps.size(); i++) {
            if (temps.get(i) == null) continue;
            out.add(Instr.localGet(temps.get(i)));
            setVar(function.params().get(i), out);
        }
        if (safepoints) {
            // The safepoint: when the countdown is over, back to the outer loop or, outlined, to
            // the caller (outlinedLoop), which calls the RTS; otherwise one reduction taken off,
            // and round the loop.
            var countdown = module.global("rts_countdown");
            out.add(Instr.globalGet(countdown));
            out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
            if (outlined) {
                List<Instr> back = sliceExit(1, null, carried());
                back.add(Instr.RETURN);
                out.add(Instr.ifElse(new Label(), BlockType.EMPTY, back, List.of()));
            } else {
                out.add(Instr.brIf(slice));
            }
            out.add(Instr.globalGet(countdown));
            out.add(Instr.i32(1));
            out.add(Instr.binary(IntType.I32, IntBinOp.SUB));
            out.add(Instr.globalSet(countdown));
        }
        out.add(Instr.br(top));
    }

    private void prim(CoreExpr.Prim p, List<Instr> out) {
        if (byPowerOfTwo(p, out)) return;
        // A receive calls its selector, compiled code, which takes the depth reached.
        if (p.op() == PrimOp.RECEIVE || p.op() == PrimOp.RECEIVE_AFTER) out.add(Instr.localGet(depth));
        for (CoreExpr a : p.args()) expr(a, out);
        switch (p.op()) {
            case INT_ADD -> out.add(Instr.binary(IntType.I64, IntBinOp.ADD));
            case INT_SUB -> out.add(Instr.binary(IntType.I64, IntBinOp.SUB));
            case INT_MUL -> out.add(Instr.binary(IntType.I64, IntBinOp.MUL));
            case INT_DIV -> division(p, IntBinOp.DIV_S, "rts_div_s", out);
            case INT_REM -> division(p, IntBinOp.REM_S, "rts_rem_s", out);
            case INT_EQ -> out.add(Instr.compare(IntType.I64, IntCmpOp.EQ));
            case INT_NE -> out.add(Instr.compare(IntType.I64, IntCmpOp.NE));
            case INT_LT -> out.add(Instr.compare(IntType.I64, IntCmpOp.LT_S));
            case INT_LE -> out.add(Instr.compare(IntType.I64, IntCmpOp.LE_S));
            case INT_GT -> out.add(Instr.compare(IntType.I64, IntCmpOp.GT_S));
            case INT_GE -> out.add(Instr.compare(IntType.I64, IntCmpOp.GE_S));
            case FLOAT_ADD -> out.add(Instr.binary(FloatType.F64, FloatBinOp.ADD));
            case FLOAT_SUB -> out.add(Instr.binary(FloatType.F64, FloatBinOp.SUB));
            case FLOAT_MUL -> out.add(Instr.binary(FloatType.F64, FloatBinOp.MUL));
            case FLOAT_DIV -> out.add(Instr.binary(FloatType.F64, FloatBinOp.DIV));
            case FLOAT_NEG -> out.add(Instr.unary(FloatType.F64, FloatUnOp.NEG));
            case FLOAT_REM -> out.add(Instr.call(rts("rts_fmod")));
            case FLOAT_SQRT -> out.add(Instr.unary(FloatType.F64, FloatUnOp.SQRT));
            case FLOAT_FLOOR -> out.add(Instr.unary(FloatType.F64, FloatUnOp.FLOOR));
            case FLOAT_CEIL -> out.add(Instr.unary(FloatType.F64, FloatUnOp.CEIL));
            case FLOAT_EQ -> out.add(Instr.compare(FloatType.F64, FloatCmpOp.EQ));
            case FLOAT_NE -> out.add(Instr.compare(FloatType.F64, FloatCmpOp.NE));
            case FLOAT_LT -> out.add(Instr.compare(FloatType.F64, FloatCmpOp.LT));
            case FLOAT_LE -> out.add(Instr.compare(FloatType.F64, FloatCmpOp.LE));
            case FLOAT_GT -> out.add(Instr.compare(FloatType.F64, FloatCmpOp.GT));
            case FLOAT_GE -> out.add(Instr.compare(FloatType.F64, FloatCmpOp.GE));
            case INT_TO_FLOAT -> out.add(Instr.convert(ConvertOp.F64_CONVERT_I64_S));
            case FLOAT_TO_INT -> out.add(Instr.convert(ConvertOp.I64_TRUNC_SAT_F64_S));
            case BOOL_NOT -> out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
            case U32_EQ -> out.add(Instr.compare(IntType.I32, IntCmpOp.EQ));
            case U32_NE -> out.add(Instr.compare(IntType.I32, IntCmpOp.NE));
            case U32_LT -> out.add(Instr.compare(IntType.I32, IntCmpOp.LT_U));
            case U32_LE -> out.add(Instr.compare(IntType.I32, IntCmpOp.LE_U));
            case U32_GT -> out.add(Instr.compare(IntType.I32, IntCmpOp.GT_U));
            case U32_GE -> out.add(Instr.compare(IntType.I32, IntCmpOp.GE_U));
            case STR_CONCAT -> out.add(Instr.call(rts("rts_concat")));
            case STR_CMP -> {
                out.add(Instr.call(rts("rts_str_cmp")));
                out.add(Instr.convert(ConvertOp.I64_EXTEND_I32_S));
            }
            case OBJ_TAG -> out.add(Instr.load(LoadOp.I32_LOAD, 0));
            case STR_LENGTH -> out.add(Instr.call(rts("rts_str_length")));
            case CONCAT_REVERSED -> out.add(Instr.call(rts("rts_concat_reversed")));
            case PARSE_INT -> parsed("rts_parse_int", Rep.I64, out);
            case PARSE_FLOAT -> parsed("rts_parse_float", Rep.F64, out);
            case SLICE -> out.add(Instr.call(rts("rts_slice")));
            case SPLIT -> out.add(Instr.call(rts("rts_split")));
            case LIST_LENGTH -> out.add(Instr.call(rts("rts_list_length")));
            case IS_NULL -> out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
            case STR_EQ -> out.add(Instr.call(rts("rts_str_eq")));
            case STR_NE -> {
                out.add(Instr.call(rts("rts_str_eq")));
                out.add(Instr.unary(IntType.I32, IntUnOp.EQZ));
            }
            case STR_LT -> stringOrder(IntCmpOp.LT_S, out);
            case STR_LE -> stringOrder(IntCmpOp.LE_S, out);
            case STR_GT -> stringOrder(IntCmpOp.GT_S, out);
            case STR_GE -> stringOrder(IntCmpOp.GE_S, out);
            case SHOW_INT -> out.add(Instr.call(rts("rts_show_int")));
            case SHOW_BOOL -> out.add(Instr.call(rts("rts_show_bool")));
            case SHOW_FLOAT -> out.add(Instr.call(rts("rts_show_float")));
            case FIXED -> {
                // An Int digit count outside 0..100 (negatives too, compared unsigned) is the runtime
                // error, reported here with the call's position; in range, it fits an i32.
                WasmLocal digits = temp(Rep.I64);
                out.add(Instr.localSet(digits));
                out.add(Instr.localGet(digits));
                out.add(Instr.i64(100));
                out.add(Instr.compare(IntType.I64, IntCmpOp.GT_U));
                out.add(Instr.ifElse(new Label(), BlockType.EMPTY, List.of(
                        Instr.i32(staticData.string("fixed: digits must be from 0 to 100")),
                        Instr.i32(staticData.string(p.position())),
                        Instr.call(rts("rts_runtime_error")), Instr.UNREACHABLE), List.of()));
                out.add(Instr.localGet(digits));
                out.add(Instr.convert(ConvertOp.I32_WRAP_I64));
                out.add(Instr.call(rts("rts_fixed")));
            }
            case SHOW_CHAR -> out.add(Instr.call(rts("rts_show_char")));
            case SHOW_STRING -> out.add(Instr.call(rts("rts_show_string")));
            case SHOW_UNIT -> out.add(Instr.call(rts("rts_show_unit")));
            case PRINT -> out.add(Instr.call(rts("rts_print")));
            case PRINTLN -> out.add(Instr.call(rts("rts_println")));
            case SLEEP -> out.add(Instr.call(rts("rts_proc_sleep")));
            case U32_TO_INT -> out.add(Instr.convert(ConvertOp.I64_EXTEND_I32_U));
            case RUN -> out.add(Instr.call(rts("rts_run")));
            case SPAWN -> out.add(Instr.call(rts("rts_spawn")));
            case SPAWN_LINK -> out.add(Instr.call(rts("rts_spawn_link")));
            case SEND -> out.add(Instr.call(rts("rts_send")));
            case SELF -> out.add(Instr.call(rts("rts_self")));
            case MONITOR -> out.add(Instr.call(rts("rts_monitor")));
            case MESSAGE_TAG -> out.add(Instr.call(rts("rts_message_tag")));
            case MESSAGE_VALUE -> out.add(Instr.call(rts("rts_message_value")));
            case RECEIVE -> out.add(Instr.call(rts("rts_receive")));
            case RECEIVE_AFTER -> out.add(Instr.call(rts("rts_receive_after")));
            case RECEIVED_ARM -> out.add(Instr.call(rts("rts_received_arm")));
            case EXIT -> {
                out.add(Instr.convert(ConvertOp.I32_WRAP_I64));
                out.add(Instr.call(rts("rts_exit")));
                out.add(Instr.UNREACHABLE);
            }
            case PANIC -> {
                withPosition(p, "rts_panic", out);
                out.add(Instr.UNREACHABLE);
            }
        }
    }

    /**
     * {@code x / 2^k} and {@code x % 2^k} (k from 1 to 62) without a divide:
     * the quotient is {@code (x + bias) >> k} and the remainder
     * {@code x - ((x + bias) & -2^k)}, where the bias, {@code 2^k - 1} for a
     * negative x and 0 otherwise ({@code (x >> 63) >>> (64 - k)}, or
     * {@code x >>> 63} when k is 1), makes the shift truncate toward zero as
     * {@code /} does. Wasmtime 7's Cranelift compiles {@code i64.div_s} by a
     * constant to {@code idiv}, and wasm-opt leaves signed division alone;
     * in spectral-norm's inner loop that divide was half the time
     * (docs/performance.md).
     */
    private boolean byPowerOfTwo(CoreExpr.Prim p, List<Instr> out) {
        boolean div = p.op() == PrimOp.INT_DIV;
        if (!div && p.op() != PrimOp.INT_REM) return false;
        if (!(p.args().get(1) instanceof CoreExpr.IntConst c) || c.value() < 2 || Long.bitCount(c.value()) != 1) {
            return false;
        }
        int k = Long.numberOfTrailingZeros(c.value());
        WasmLocal x = temp(Rep.I64);
        expr(p.args().get(0), out);
        out.add(Instr.localTee(x));
        if (!div) out.add(Instr.localGet(x));
        out.add(Instr.localGet(x));
        if (k > 1) {
            out.add(Instr.i64(63));
            out.add(Instr.binary(IntType.I64, IntBinOp.SHR_S));
        }
        out.add(Instr.i64(64 - k));
        out.add(Instr.binary(IntType.I64, IntBinOp.SHR_U));
        out.add(Instr.binary(IntType.I64, IntBinOp.ADD));
        if (div) {
            out.add(Instr.i64(k));
            out.add(Instr.binary(IntType.I64, IntBinOp.SHR_S));
        } else {
            out.add(Instr.i64(-c.value()));
            out.add(Instr.binary(IntType.I64, IntBinOp.AND));
            out.add(Instr.binary(IntType.I64, IntBinOp.SUB));
        }
        return true;
    }

    /**
     * A constant divisor other than 0 and -1 can neither fail nor overflow, so
     * the Wasm instruction does; otherwise the RTS checks (decisions/0002).
     * Loops such as {@code i % 7} then run without a call per iteration.
     */
    private void division(CoreExpr.Prim p, IntBinOp op, String rtsFunction, List<Instr> out) {
        if (p.args().get(1) instanceof CoreExpr.IntConst c && c.value() != 0 && c.value() != -1) {
            out.add(Instr.binary(IntType.I64, op));
        } else {
            withPosition(p, rtsFunction, out);
        }
    }

    /**
     * Calls an RTS parser that leaves (value, ok) and makes the Option: Some(value)
     * (tag 0, one slot) or the static None (tag 1), in the prelude's order.
     */
    private void parsed(String rtsFunction, Rep rep, List<Instr> out) {
        WasmLocal ok = temp(Rep.I32);
        WasmLocal value = temp(rep);
        WasmLocal some = temp(Rep.REF);
        out.add(Instr.call(rts(rtsFunction)));
        out.add(Instr.localSet(ok));
        out.add(Instr.localSet(value));
        out.add(Instr.localGet(ok));
        List<Instr> makeSome = List.of(
                Instr.i32(16), Instr.call(rts("rts_alloc")), Instr.localTee(some),
                Instr.i32(0), Instr.store(StoreOp.I32_STORE, 0),
                Instr.localGet(some), Instr.i32(staticData.layout(List.of(false))), Instr.store(StoreOp.I32_STORE, 4),
                Instr.localGet(some), Instr.localGet(value), DataEmitter.store(rep, 0),
                Instr.localGet(some));
        out.add(Instr.ifElse(new Label(), BlockType.of(ValType.I32), makeSome, List.of(Instr.i32(staticData.object(1)))));
    }

    private void withPosition(CoreExpr.Prim p, String rtsFunction, List<Instr> out) {
        out.add(Instr.i32(staticData.string(p.position())));
        out.add(Instr.call(rts(rtsFunction)));
    }

    private void stringOrder(IntCmpOp op, List<Instr> out) {
        out.add(Instr.call(rts("rts_str_cmp")));
        out.add(Instr.i32(0));
        out.add(Instr.compare(IntType.I32, op));
    }

    /**
     * A safepoint (rts/units/switch/*.wat): where the running process may
     * yield to the next, by the vector's switch alternative. Compiled code has
     * one at the entry of every function that calls compiled code and at every
     * self tail call's jump back, so that no process runs long without
     * passing one: a loop is a self tail call, a recursion passes an entry,
     * and a function that calls nothing ends soon.
     */
    private List<Instr> safepointCode() {
        return List.of(Instr.globalGet(module.global("rts_countdown")), Instr.unary(IntType.I32, IntUnOp.EQZ), safepoint());
    }

    private Instr safepoint() {
        // Inlined, so that a loop's jump back costs a load, a test and a store, and the call, which
        // asyncify instruments, is off the hot path.
        var countdown = module.global("rts_countdown");
        return Instr.ifElse(new Label(), BlockType.EMPTY,
                List.of(Instr.call(rts("rts_safepoint_slow"))),
                List.of(Instr.globalGet(countdown), Instr.i32(1), Instr.binary(IntType.I32, IntBinOp.SUB),
                        Instr.globalSet(countdown)));
    }

    /** Whether the code calls compiled code: a function, a closure, or a receive's selector. */
    private static boolean makesCalls(CoreExpr body) {
        return anywhere(body, e -> e instanceof CoreExpr.Call || e instanceof CoreExpr.CallClosure
                || e instanceof CoreExpr.Prim p && (p.op() == PrimOp.RECEIVE || p.op() == PrimOp.RECEIVE_AFTER));
    }

    /** Whether the code receives or sleeps: calls the RTS where a process always may switch. */
    private static boolean waits(CoreExpr body) {
        return anywhere(body, e -> e instanceof CoreExpr.Prim p
                && (p.op() == PrimOp.RECEIVE || p.op() == PrimOp.RECEIVE_AFTER || p.op() == PrimOp.SLEEP));
    }

    private static boolean anywhere(CoreExpr body, java.util.function.Predicate<CoreExpr> test) {
        boolean[] found = {false};
        CoreWalk.forEach(body, e -> {
            if (test.test(e)) found[0] = true;
        });
        return found[0];
    }

    private static boolean hasSelfTailCall(CoreExpr e) {
        return switch (e) {
            case CoreExpr.SelfTailCall t -> true;
            case CoreExpr.Let l -> hasSelfTailCall(l.value()) || hasSelfTailCall(l.body());
            case CoreExpr.Seq s -> hasSelfTailCall(s.result());
            case CoreExpr.If i -> hasSelfTailCall(i.then()) || hasSelfTailCall(i.orElse());
            case CoreExpr.Match m -> m.bodies().stream().anyMatch(FunctionEmitter::hasSelfTailCall);
            default -> false;
        };
    }
}
