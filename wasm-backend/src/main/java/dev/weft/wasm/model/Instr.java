package dev.weft.wasm.model;

import java.util.List;

/**
 * One WebAssembly instruction. Families carry an operator enum ({@link IntBinary} holds an
 * {@link IntType} and an {@link IntBinOp}); locals, globals, functions and branch targets are
 * referred to by object, never by index. Structured instructions hold their bodies.
 *
 * <p>Only what every engine we target shares: MVP, multi-value, bulk memory (copy, fill),
 * sign extension and non-trapping float-to-int. The exception is tail calls ({@link ReturnCall},
 * {@link ReturnCallIndirect}), opt-in by use: a module without them is written without them,
 * so only code generated for engines that have the tail-call proposal contains them.
 */
public sealed interface Instr
        permits I32Const, I64Const, F32Const, F64Const,
                IntBinary, IntUnary, IntCompare, FloatBinary, FloatUnary, FloatCompare, Convert,
                LocalGet, LocalSet, LocalTee, GlobalGet, GlobalSet,
                Load, Store, MemoryInstr, Call, CallIndirect, ReturnCall, ReturnCallIndirect, Simple,
                Block, Loop, If, Br, BrIf, BrTable {

    Instr UNREACHABLE = new Simple(SimpleOp.UNREACHABLE);
    Instr NOP = new Simple(SimpleOp.NOP);
    Instr DROP = new Simple(SimpleOp.DROP);
    Instr SELECT = new Simple(SimpleOp.SELECT);
    Instr RETURN = new Simple(SimpleOp.RETURN);
    Instr MEMORY_SIZE = new MemoryInstr(MemoryOp.SIZE);
    Instr MEMORY_GROW = new MemoryInstr(MemoryOp.GROW);
    Instr MEMORY_COPY = new MemoryInstr(MemoryOp.COPY);
    Instr MEMORY_FILL = new MemoryInstr(MemoryOp.FILL);

    static Instr i32(int value) {
        return new I32Const(value);
    }

    static Instr i64(long value) {
        return new I64Const(value);
    }

    static Instr f32(float value) {
        return new F32Const(value);
    }

    static Instr f64(double value) {
        return new F64Const(value);
    }

    static Instr binary(IntType type, IntBinOp op) {
        return new IntBinary(type, op);
    }

    static Instr unary(IntType type, IntUnOp op) {
        return new IntUnary(type, op);
    }

    static Instr compare(IntType type, IntCmpOp op) {
        return new IntCompare(type, op);
    }

    static Instr binary(FloatType type, FloatBinOp op) {
        return new FloatBinary(type, op);
    }

    static Instr unary(FloatType type, FloatUnOp op) {
        return new FloatUnary(type, op);
    }

    static Instr compare(FloatType type, FloatCmpOp op) {
        return new FloatCompare(type, op);
    }

    static Instr convert(ConvertOp op) {
        return new Convert(op);
    }

    static Instr localGet(WasmLocal local) {
        return new LocalGet(local);
    }

    static Instr localSet(WasmLocal local) {
        return new LocalSet(local);
    }

    static Instr localTee(WasmLocal local) {
        return new LocalTee(local);
    }

    static Instr globalGet(WasmGlobal global) {
        return new GlobalGet(global);
    }

    static Instr globalSet(WasmGlobal global) {
        return new GlobalSet(global);
    }

    /** A load at the given offset with natural alignment. */
    static Instr load(LoadOp op, long offset) {
        return new Load(op, offset, op.bytes());
    }

    /** A store at the given offset with natural alignment. */
    static Instr store(StoreOp op, long offset) {
        return new Store(op, offset, op.bytes());
    }

    static Instr call(WasmFunction function) {
        return new Call(function);
    }

    /** Calls through table 0 a function of this type; the slot is the i32 on top of the arguments. */
    static Instr callIndirect(FuncType type) {
        return new CallIndirect(type);
    }

    /** Tail call (tail-call proposal). */
    static Instr returnCall(WasmFunction function) {
        return new ReturnCall(function);
    }

    /** Tail call through table 0 (tail-call proposal). */
    static Instr returnCallIndirect(FuncType type) {
        return new ReturnCallIndirect(type);
    }

    static Instr block(Label label, BlockType type, List<Instr> body) {
        return new Block(label, type, body);
    }

    static Instr loop(Label label, BlockType type, List<Instr> body) {
        return new Loop(label, type, body);
    }

    static Instr ifElse(Label label, BlockType type, List<Instr> then, List<Instr> otherwise) {
        return new If(label, type, then, otherwise);
    }

    static Instr br(Label label) {
        return new Br(label);
    }

    static Instr brIf(Label label) {
        return new BrIf(label);
    }

    static Instr brTable(List<Label> targets, Label otherwise) {
        return new BrTable(targets, otherwise);
    }
}
