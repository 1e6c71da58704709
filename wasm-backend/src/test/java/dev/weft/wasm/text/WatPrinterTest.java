package dev.weft.wasm.text;

import static dev.weft.wasm.model.ValType.F32;
import static dev.weft.wasm.model.ValType.I32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasm.Wabt;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.binary.WholeModuleTest;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatPrinterTest {
    /** print, read back, write: the bytes must equal writing the original. */
    private static String assertRoundTrip(WasmModule original) {
        String text = WatPrinter.print(original);
        WasmModule reread = WatReader.read(text, "printed.wat").name(original.name());
        HexFormat hex = HexFormat.ofDelimiter(" ");
        assertEquals(hex.formatHex(WasmWriter.write(original)), hex.formatHex(WasmWriter.write(reread)), text);
        return text;
    }

    @Test
    void builtModuleRoundTrips() {
        String text = assertRoundTrip(WholeModuleTest.sample());
        assertTrue(text.contains("(func $fact (param $k i32) (result i64)"), text);
        assertTrue(text.startsWith("(module $sample\n  (import \"wasi_snapshot_preview1\" \"fd_write\""), text);
    }

    @Test
    void readUnitRoundTrips() {
        assertRoundTrip(WatReader.read(WatReaderTest.UNIT, "unit.wat"));
    }

    @Test
    void unnamedLocalsLabelsAndOddNamesRoundTrip() {
        WasmModule m = new WasmModule();
        WasmLocal p = new WasmLocal(null, I32);
        WasmLocal x = new WasmLocal("x", F32);
        WasmLocal x2 = new WasmLocal("y", F32);
        Label outer = new Label();
        Label inner = new Label("L");
        Label unused = new Label("unused");
        var f = m.function("odd name (1)").define(FuncType.of(List.of(I32), List.of(F32)), List.of(p), List.of(x, x2),
                List.of(Instr.block(outer, BlockType.of(F32), List.of(
                        Instr.f32(Float.intBitsToFloat(0xFFC00123)), Instr.localSet(x),
                        Instr.f32(-0.0f), Instr.localSet(x2),
                        Instr.block(inner, BlockType.EMPTY, List.of(
                                Instr.block(unused, BlockType.EMPTY, List.of(
                                        Instr.localGet(p), Instr.brTable(List.of(inner, inner), inner))))),
                        Instr.f32(1e-30f), Instr.localGet(p), Instr.brIf(outer), Instr.DROP,
                        Instr.localGet(x), Instr.f32(Float.NEGATIVE_INFINITY), Instr.DROP))));
        m.export("odd", f);
        String text = assertRoundTrip(m);
        assertTrue(text.contains("(func $\"odd name (1)\" (param i32) (result f32) (local $x f32) (local $y f32)"), text);
        assertTrue(text.contains("block $L_2 (result f32)"), text);
        assertTrue(text.contains("block $L\n"), text);
        assertTrue(text.contains("block\n"), text);
        assertTrue(text.contains("br_table $L $L $L"), text);
        assertTrue(text.contains("f32.const -nan:0x400123"), text);
        assertEquals("", Wabt.validate(WasmWriter.write(m)));
    }

    @Test
    void tablesAndTailCallsBuiltInTheIrRoundTrip() {
        WasmModule m = new WasmModule();
        FuncType unary = FuncType.of(List.of(I32), List.of(I32));
        WasmLocal v = new WasmLocal("v", I32);
        var inc = m.function("inc").define(unary, List.of(v), List.of(), List.of(
                Instr.localGet(v), Instr.i32(1), Instr.binary(dev.weft.wasm.model.IntType.I32, dev.weft.wasm.model.IntBinOp.ADD)));
        WasmLocal slot = new WasmLocal(null, I32);
        var jump = m.function("jump").define(unary, List.of(slot), List.of(), List.of(
                Instr.i32(0), Instr.callIndirect(FuncType.returning()),
                Instr.i32(41), Instr.localGet(slot), Instr.returnCallIndirect(unary)));
        var nothing = m.function("nothing").define(FuncType.returning(), List.of(), List.of(), List.of());
        m.function("again").define(unary, List.of(new WasmLocal("n", I32)), List.of(), List.of(
                Instr.i32(1), Instr.returnCall(jump)));
        m.table(3).exportTable("slots").elements(0, nothing, inc).elements(2, jump);
        String text = assertRoundTrip(m);
        assertTrue(text.contains("\n  (table 3 funcref)\n"), text);
        assertTrue(text.contains("\n    call_indirect\n"), text);
        assertTrue(text.contains("\n    return_call_indirect (param i32) (result i32))"), text);
        assertTrue(text.contains("\n    return_call $jump)"), text);
        assertTrue(text.endsWith("(export \"slots\" (table 0))\n  (elem (i32.const 0) $nothing $inc)\n  (elem (i32.const 2) $jump))\n"), text);
        assertEquals("", Wabt.validate(WasmWriter.write(m), "--enable-tail-call"));
    }

    @Test
    void printsNumericImmediatesAndData() {
        WasmModule m = new WasmModule();
        m.memory(1, 2);
        m.data(8, new byte[] {'a', '"', '\\', 0, (byte) 0xff});
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of(
                Instr.i32(0), Instr.i32(0), Instr.load(dev.weft.wasm.model.LoadOp.I32_LOAD16_U, 4),
                Instr.store(dev.weft.wasm.model.StoreOp.I32_STORE, 0)));
        String text = assertRoundTrip(m);
        assertTrue(text.contains("(memory 1 2)"), text);
        assertTrue(text.contains("(data (i32.const 8) \"a\\22\\5c\\00\\ff\")"), text);
        assertTrue(text.contains("i32.load16_u offset=4\n"), text);
    }
}
