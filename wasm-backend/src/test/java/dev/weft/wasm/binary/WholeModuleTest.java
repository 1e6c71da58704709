package dev.weft.wasm.binary;

import static dev.weft.wasm.model.ValType.F64;
import static dev.weft.wasm.model.ValType.I32;
import static dev.weft.wasm.model.ValType.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasm.Wabt;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.ConvertOp;
import dev.weft.wasm.model.FloatBinOp;
import dev.weft.wasm.model.FloatType;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinOp;
import dev.weft.wasm.model.IntCmpOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.IntUnOp;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole modules built in the IR, checked by wasm-validate and read back by wasm2wat. */
public class WholeModuleTest {
    /** A module touching every section and most instruction families. */
    public static WasmModule sample() {
        WasmModule m = new WasmModule().name("sample");
        WasmFunction write = m.function("fd_write").defineImport("wasi_snapshot_preview1", "fd_write",
                FuncType.of(List.of(I32, I32, I32, I32), List.of(I32)));
        m.memory(1).exportMemory("memory");
        var heap = m.global("heap").define(I32, true, Instr.i32(4096));
        m.data(16, "hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        // Forward reference: sum calls fact before fact is defined.
        WasmFunction fact = m.function("fact");
        WasmLocal n = new WasmLocal("n", I32);
        WasmLocal acc = new WasmLocal("acc", I64);
        WasmLocal i = new WasmLocal("i", I32);
        Label done = new Label("done");
        Label again = new Label("again");
        m.function("sum").define(FuncType.of(List.of(I32), List.of(I64)), List.of(n), List.of(acc, i), List.of(
                Instr.block(done, BlockType.EMPTY, List.of(
                        Instr.loop(again, BlockType.EMPTY, List.of(
                                Instr.localGet(i), Instr.localGet(n), Instr.compare(IntType.I32, IntCmpOp.GE_S),
                                Instr.brIf(done),
                                Instr.localGet(acc), Instr.localGet(i), Instr.call(fact),
                                Instr.binary(IntType.I64, IntBinOp.ADD), Instr.localSet(acc),
                                Instr.localGet(i), Instr.i32(1), Instr.binary(IntType.I32, IntBinOp.ADD),
                                Instr.localSet(i), Instr.br(again))))),
                Instr.localGet(acc)));
        WasmLocal k = new WasmLocal("k", I32);
        fact.define(FuncType.of(List.of(I32), List.of(I64)), List.of(k), List.of(), List.of(
                Instr.localGet(k), Instr.unary(IntType.I32, IntUnOp.EQZ),
                Instr.ifElse(new Label(), BlockType.of(I64),
                        List.of(Instr.i64(1)),
                        List.of(Instr.localGet(k), Instr.convert(ConvertOp.I64_EXTEND_I32_U),
                                Instr.localGet(k), Instr.i32(1), Instr.binary(IntType.I32, IntBinOp.SUB),
                                Instr.call(fact), Instr.binary(IntType.I64, IntBinOp.MUL)))));
        WasmLocal p = new WasmLocal("p", I32);
        WasmLocal d = new WasmLocal("d", F64);
        m.function("memory_ops").define(FuncType.of(List.of(I32, F64), List.of(I32)), List.of(p, d), List.of(),
                List.of(
                        Instr.localGet(p), Instr.localGet(d), Instr.localGet(d),
                        Instr.binary(FloatType.F64, FloatBinOp.MUL), Instr.store(StoreOp.F64_STORE, 8),
                        Instr.localGet(p), Instr.load(LoadOp.F64_LOAD, 8),
                        Instr.convert(ConvertOp.I32_TRUNC_SAT_F64_S), Instr.DROP,
                        Instr.localGet(p), Instr.i32(0), Instr.i32(16), Instr.MEMORY_FILL,
                        Instr.localGet(p), Instr.i32(16), Instr.i32(6), Instr.MEMORY_COPY,
                        Instr.i32(1), Instr.MEMORY_GROW, Instr.DROP,
                        Instr.i32(1), Instr.globalGet(heap), Instr.i32(1), Instr.i32(0), Instr.call(write), Instr.DROP,
                        Instr.localGet(p), Instr.load(LoadOp.I32_LOAD8_U, 0),
                        Instr.unary(IntType.I32, IntUnOp.EXTEND8_S),
                        Instr.MEMORY_SIZE, Instr.localGet(p), Instr.SELECT));
        m.export("sum", m.function("sum"));
        return m;
    }

    @Test
    void sampleValidatesAndKeepsItsNames() {
        byte[] bytes = WasmWriter.write(sample());
        assertEquals("", Wabt.validate(bytes));
        String wat = Wabt.wasm2wat(bytes);
        assertTrue(wat.contains("(module $sample"), wat);
        assertTrue(wat.contains("(func $fact (type 1) (param $k i32) (result i64)"), wat);
        assertTrue(wat.contains("(local $acc i64) (local $i i32)"), wat);
        assertTrue(wat.contains("call $fact"), wat);
        assertTrue(wat.contains("br_if $B0") || wat.contains("br_if 1"), wat);
        assertTrue(wat.contains("i32.trunc_sat_f64_s"), wat);
        assertTrue(wat.contains("memory.copy"), wat);
        assertTrue(wat.contains("(data (;0;) (i32.const 16) \"hello\\0a\")"), wat);
    }
}
