package dev.weft.wasm.binary;

import static dev.weft.wasm.model.ValType.I32;
import static dev.weft.wasm.model.ValType.I64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.LinkException;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each section's bytes for tiny modules, written out by hand from the spec. */
class WasmWriterTest {
    private static final FuncType I32_TO_I32 = FuncType.of(List.of(I32), List.of(I32));

    private static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").formatHex(b);
    }

    @Test
    void emptyModuleIsHeaderAndEmptyNameSection() {
        assertEquals("00 61 73 6d 01 00 00 00 00 05 04 6e 61 6d 65", hex(WasmWriter.write(new WasmModule())));
    }

    @Test
    void typeImportFunctionExportCodeAndNames() {
        WasmModule m = new WasmModule();
        var log = m.function("log").defineImport("env", "log", FuncType.of(List.of(I32), List.of()));
        WasmLocal x = new WasmLocal("x", I32);
        var inc = m.function("inc").define(I32_TO_I32, List.of(x), List.of(),
                List.of(Instr.localGet(x), Instr.call(log), Instr.localGet(x), Instr.i32(1),
                        Instr.binary(IntType.I32, IntBinOp.ADD)));
        m.export("inc", inc);
        String expected = String.join(" ",
                "00 61 73 6d 01 00 00 00",
                "01 0a 02 60 01 7f 00 60 01 7f 01 7f",  // type: (i32)->(), (i32)->(i32)
                "02 0b 01 03 65 6e 76 03 6c 6f 67 00 00", // import env.log func type 0
                "03 02 01 01",                          // function: one, type 1
                "07 07 01 03 69 6e 63 00 01",           // export "inc" func 1
                "0a 0d 01 0b 00 20 00 10 00 20 00 41 01 6a 0b", // code
                "00 1a 04 6e 61 6d 65",                 // custom "name"
                "01 0b 02 00 03 6c 6f 67 01 03 69 6e 63", // function names
                "02 06 01 01 01 00 01 78");             // local names: func 1, local 0 "x"
        assertEquals(expected, hex(WasmWriter.write(m)));
    }

    @Test
    void memoryGlobalStartAndData() {
        WasmModule m = new WasmModule();
        m.memory(1, 2).exportMemory("memory");
        m.global("g").define(I64, true, Instr.i64(-1));
        var init = m.function("init").define(FuncType.returning(), List.of(), List.of(), List.of());
        m.start(init);
        m.data(1024, new byte[] {'h', 'i'});
        byte[] bytes = WasmWriter.write(m);
        String s = hex(bytes);
        assertTrue(s.contains("05 04 01 01 01 02"), s);                    // memory: limits 1..2
        assertTrue(s.contains("06 06 01 7e 01 42 7f 0b"), s);              // global: i64 mut (i64.const -1)
        assertTrue(s.contains("07 0a 01 06 6d 65 6d 6f 72 79 02 00"), s);  // export "memory" memory 0
        assertTrue(s.contains("08 01 00"), s);                             // start func 0
        assertTrue(s.contains("0b 09 01 00 41 80 08 0b 02 68 69"), s);     // data at 1024
        assertEquals("", dev.weft.wasm.Wabt.validate(bytes));
    }

    @Test
    void tableExportElementsAndCallIndirect() {
        WasmModule m = new WasmModule();
        WasmLocal x = new WasmLocal(null, I32);
        var id = m.function("id").define(I32_TO_I32, List.of(x), List.of(), List.of(Instr.localGet(x)));
        WasmLocal slot = new WasmLocal(null, I32);
        var apply = m.function("apply").define(I32_TO_I32, List.of(slot), List.of(),
                List.of(Instr.i32(7), Instr.localGet(slot), Instr.callIndirect(I32_TO_I32)));
        m.table(2, 3).exportTable("t").elements(1, id, apply);
        String expected = String.join(" ",
                "00 61 73 6d 01 00 00 00",
                "01 06 01 60 01 7f 01 7f",              // type: (i32)->(i32), shared by call_indirect
                "03 03 02 00 00",                       // function: two of type 0
                "04 05 01 70 01 02 03",                 // table: one funcref, limits 2..3
                "07 05 01 01 74 01 00",                 // export "t" table 0
                "09 08 01 00 41 01 0b 02 00 01",        // elem: flag 0, (i32.const 1), [id apply]
                "0a 10 02 04 00 20 00 0b",              // code: id
                "09 00 41 07 20 00 11 00 00 0b");       // apply: call_indirect type 0, table byte 0
        byte[] bytes = WasmWriter.write(m, false);
        assertEquals(expected, hex(bytes));
        assertEquals("", dev.weft.wasm.Wabt.validate(bytes, "--disable-reference-types"));
    }

    @Test
    void callIndirectTypesJoinTheTypeSectionOnce() {
        WasmModule m = new WasmModule().table(1);
        FuncType toF64 = FuncType.of(List.of(I64), List.of(dev.weft.wasm.model.ValType.F64));
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of(
                Instr.i64(1), Instr.i32(0), Instr.callIndirect(toF64), Instr.DROP,
                Instr.i64(2), Instr.i32(0), Instr.callIndirect(FuncType.of(List.of(I64), List.of(dev.weft.wasm.model.ValType.F64))),
                Instr.DROP));
        byte[] bytes = WasmWriter.write(m, false);
        // ()->() for f first, then (i64)->(f64) once, used by both calls as type 1.
        assertTrue(hex(bytes).startsWith("00 61 73 6d 01 00 00 00 01 09 02 60 00 00 60 01 7e 01 7c"), hex(bytes));
        assertTrue(hex(bytes).contains("42 01 41 00 11 01 00 1a 42 02 41 00 11 01 00 1a 0b"), hex(bytes));
        assertEquals("", dev.weft.wasm.Wabt.validate(bytes));
    }

    @Test
    void tailCallsAreOpcodes0x12And0x13() {
        WasmModule m = new WasmModule().table(1);
        WasmLocal n = new WasmLocal("n", I32);
        var spin = m.function("spin");
        spin.define(I32_TO_I32, List.of(n), List.of(), List.of(
                Instr.localGet(n), Instr.unary(IntType.I32, dev.weft.wasm.model.IntUnOp.EQZ),
                Instr.ifElse(new Label(), BlockType.of(I32),
                        List.of(Instr.localGet(n)),
                        List.of(Instr.localGet(n), Instr.i32(0), Instr.returnCallIndirect(I32_TO_I32))),
                Instr.DROP,
                Instr.localGet(n), Instr.returnCall(spin)));
        m.elements(0, spin);
        byte[] bytes = WasmWriter.write(m, false);
        assertTrue(hex(bytes).contains("20 00 41 00 13 00 00 0b 1a 20 00 12 00 0b"), hex(bytes));
        assertEquals("", dev.weft.wasm.Wabt.validate(bytes, "--enable-tail-call"));
    }

    @Test
    void elementSegmentsNeedATable() {
        WasmModule m = new WasmModule();
        var f = m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of());
        m.elements(0, f);
        LinkException e = assertThrows(LinkException.class, () -> WasmWriter.write(m));
        assertEquals("undefined: table (element segments but not declared)", e.getMessage());
    }

    @Test
    void indirectCallsNeedATable() {
        WasmModule m = new WasmModule();
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of(
                Instr.i32(0), Instr.returnCallIndirect(FuncType.returning())));
        EncodeException e = assertThrows(EncodeException.class, () -> WasmWriter.write(m));
        assertEquals("function $f: return_call_indirect needs a table, and none is declared", e.getMessage());
    }

    @Test
    void localsAreDeclaredInRunsOfOneType() {
        WasmModule m = new WasmModule();
        List<WasmLocal> locals = List.of(new WasmLocal(null, I32), new WasmLocal(null, I32),
                new WasmLocal(null, I64), new WasmLocal(null, I32));
        m.function("f").define(FuncType.returning(), List.of(), locals, List.of());
        assertTrue(hex(WasmWriter.write(m)).contains("0a 0a 01 08 03 02 7f 01 7e 01 7f 0b"));
    }

    @Test
    void branchDepthsCountOutwardFromTheBranch() {
        WasmModule m = new WasmModule();
        Label outer = new Label("outer");
        Label loop = new Label("loop");
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of(
                Instr.block(outer, BlockType.EMPTY, List.of(
                        Instr.loop(loop, BlockType.EMPTY, List.of(
                                Instr.i32(0), Instr.brIf(outer),
                                Instr.i32(0), Instr.brTable(List.of(loop, outer), loop),
                                Instr.br(loop)))))));
        // block 40 / loop 40 / i32.const 0, br_if 1 / i32.const 0, br_table [0 1] 0 / br 0
        assertTrue(hex(WasmWriter.write(m)).contains(
                "02 40 03 40 41 00 0d 01 41 00 0e 02 00 01 00 0c 00 0b 0b 0b"));
    }

    @Test
    void multiValueBlockTypeGoesToTheTypeSection() {
        WasmModule m = new WasmModule();
        m.function("f").define(FuncType.returning(I32, I64), List.of(), List.of(), List.of(
                Instr.block(new Label(), BlockType.of(I32, I64), List.of(Instr.i32(1), Instr.i64(2)))));
        byte[] bytes = WasmWriter.write(m);
        // The block's [] -> [i32 i64] is the same type as the function's: index 0.
        assertTrue(hex(bytes).contains("02 00 41 01 42 02 0b 0b"), hex(bytes));
        assertEquals("", dev.weft.wasm.Wabt.validate(bytes));
    }

    @Test
    void branchToALabelNotInScopeFails() {
        WasmModule m = new WasmModule();
        Label elsewhere = new Label("elsewhere");
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of(
                Instr.block(elsewhere, BlockType.EMPTY, List.of()), Instr.br(elsewhere)));
        EncodeException e = assertThrows(EncodeException.class, () -> WasmWriter.write(m));
        assertEquals("function $f: branch to $elsewhere, which is not an enclosing block, loop or if",
                e.getMessage());
    }

    @Test
    void foreignLocalFails() {
        WasmModule m = new WasmModule();
        m.function("f").define(FuncType.returning(I32), List.of(), List.of(),
                List.of(Instr.localGet(new WasmLocal("stray", I32))));
        assertThrows(EncodeException.class, () -> WasmWriter.write(m));
    }

    @Test
    void undefinedNamesFailBeforeWriting() {
        WasmModule m = new WasmModule();
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of(Instr.call(m.function("g"))));
        assertThrows(LinkException.class, () -> WasmWriter.write(m));
    }

    @Test
    void outputIsDeterministic() {
        assertArrayEquals(WasmWriter.write(WholeModuleTest.sample()), WasmWriter.write(WholeModuleTest.sample()));
    }
}
