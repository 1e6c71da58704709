package dev.weft.wasm.text;

import static dev.weft.wasm.model.ValType.I32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasm.Wabt;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.Block;
import dev.weft.wasm.model.Br;
import dev.weft.wasm.model.Call;
import dev.weft.wasm.model.CallIndirect;
import dev.weft.wasm.model.ElementSegment;
import dev.weft.wasm.model.F32Const;
import dev.weft.wasm.model.F64Const;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.I32Const;
import dev.weft.wasm.model.I64Const;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.LinkException;
import dev.weft.wasm.model.Load;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.Loop;
import dev.weft.wasm.model.ReturnCallIndirect;
import dev.weft.wasm.model.Table;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WatReaderTest {
    static final String UNIT = """
            ;; A small unit in both instruction forms.
            (module $unit
              (import "wasi_snapshot_preview1" "fd_write"
                (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1 16)
              (global $heap (mut i32) (i32.const 0x1_000))
              (global $limit i64 (i64.const -9_223_372_036_854_775_808))
              (data (i32.const 1024) "hi\\n\\00\\ff\\u{20ac}")
              (func $add (export "add") (param $a i32) (param $b i32) (result i32)
                (i32.add (local.get $a) (local.get $b)))
              (func $sum_to (param $n i32) (result i32) (local $acc i32) (local i64 f64)
                block $done
                  loop $again
                    local.get $n
                    i32.eqz
                    br_if $done
                    (local.set $acc (call $add (local.get $acc) (local.get $n)))
                    (local.set $n (i32.sub (local.get 0) (i32.const 1)))
                    br $again
                  end $again
                end
                local.get $acc)
              (func $pick (param $c i32) (result f64)
                (if (result f64) (local.get $c)
                  (then (f64.const 1.5))
                  (else (f64.const -0x1p-2))))
              (func $flat_if (param i32) (result i32)
                local.get 0
                if $l (result i32)
                  i32.const 1
                else
                  i32.const 2 (; nested (; comment ;) ;)
                end)
              (func $mem (param $p i32) (result i64)
                (drop (memory.grow (i32.const 1)))
                (memory.fill (local.get $p) (i32.const 0) (i32.const 8))
                (i64.store offset=8 align=4 (local.get $p) (i64.const 0xffff_ffff_ffff_ffff))
                (block $b (result i64)
                  (i64.load offset=8 (local.get $p))))
              (func $start (global.set $heap (i32.add (global.get $heap) (i32.const 16))))
              (export "sum_to" (func $sum_to))
              (start $start))
            """;

    @Test
    void readsAllFieldsAndBothInstructionForms() {
        WasmModule m = WatReader.read(UNIT, "unit.wat");
        assertEquals(List.of("fd_write", "add", "sum_to", "pick", "flat_if", "mem", "start"),
                m.functions().stream().map(WasmFunction::name).toList());
        WasmFunction sum = m.function("sum_to");
        assertEquals(3, sum.locals().size());
        Block done = assertInstanceOf(Block.class, sum.body().getFirst());
        Loop again = assertInstanceOf(Loop.class, done.body().getFirst());
        assertSame(done.label(), ((dev.weft.wasm.model.BrIf) again.body().get(2)).label());
        assertSame(again.label(), assertInstanceOf(Br.class, again.body().getLast()).label());
        assertInstanceOf(Call.class, again.body().get(5));
        assertEquals(new I32Const(4096), m.global("heap").init());
        assertEquals(new I64Const(Long.MIN_VALUE), m.global("limit").init());
        assertArrayEquals("hi\n\0".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(m.data().getFirst().bytes(), 4));
        assertEquals((byte) 0xff, m.data().getFirst().bytes()[4]);
        assertEquals(8, m.data().getFirst().length());
        var pick = (dev.weft.wasm.model.If) m.function("pick").body().get(1);
        assertEquals(List.of(new F64Const(1.5)), pick.then());
        assertEquals(List.of(new F64Const(-0.25)), pick.otherwise());
        assertEquals(new Load(LoadOp.I64_LOAD, 8, 8),
                ((Block) m.function("mem").body().getLast()).body().getLast());
    }

    @Test
    void readUnitValidatesAndWasm2watSeesItsNames() {
        byte[] bytes = WasmWriter.write(WatReader.read(UNIT, "unit.wat"));
        assertEquals("", Wabt.validate(bytes));
        String wat = Wabt.wasm2wat(bytes);
        assertTrue(wat.contains("(func $sum_to (type 2) (param $n i32) (result i32)"), wat);
        assertTrue(wat.contains("call $add"), wat);
        assertTrue(wat.contains("(start $start)"), wat);
        assertTrue(wat.contains("i64.store offset=8 align=4"), wat);
        assertTrue(wat.contains("(data (;0;) (i32.const 1024) \"hi\\0a\\00\\ff\\e2\\82\\ac\")"), wat);
    }

    @Test
    void unitsLinkThroughTheModuleNamespace() {
        WasmModule m = new WasmModule();
        WatReader.read("""
                (module
                  (func $main (export "main") (result i32)
                    (call $rts_twice (i32.const 21))))
                """, "main.wat", m);
        assertThrows(LinkException.class, m::checkLinked);
        WatReader.read("""
                (module
                  (func $rts_twice (param $x i32) (result i32)
                    (i32.shl (local.get $x) (i32.const 1))))
                """, "rts.wat", m);
        m.checkLinked();
        Call call = (Call) m.function("main").body().getLast();
        assertSame(m.function("rts_twice"), call.function());
        assertEquals("", Wabt.validate(WasmWriter.write(m)));
    }

    @Test
    void floatLiterals() {
        WasmModule m = WatReader.read("""
                (func $f (f32.const -inf) (f32.const nan:0x200000) (f64.const 1e3) (f64.const 0x1.8p1)
                  (f32.const 0.1) (f64.const -nan) (f64.const 1_000.5) (f32.const 0x10))
                """, "f.wat");
        List<Instr> body = m.function("f").body();
        assertEquals(new F32Const(Float.NEGATIVE_INFINITY), body.get(0));
        assertEquals(0x7FA00000, Float.floatToRawIntBits(((F32Const) body.get(1)).value()));
        assertEquals(new F64Const(1000), body.get(2));
        assertEquals(new F64Const(3), body.get(3));
        assertEquals(new F32Const(0.1f), body.get(4));
        assertEquals(0xFFF8000000000000L, Double.doubleToRawLongBits(((F64Const) body.get(5)).value()));
        assertEquals(new F64Const(1000.5), body.get(6));
        assertEquals(new F32Const(16), body.get(7));
    }

    @Test
    void redefinitionIsALinkErrorAtTheField() {
        WasmModule m = new WasmModule();
        WatReader.read("(module (func $f))", "a.wat", m);
        LinkException e = assertThrows(LinkException.class, () -> WatReader.read("(module\n  (func $f))", "b.wat", m));
        assertEquals("b.wat:2:3: function $f is defined twice", e.getMessage());
    }

    @Test
    void typeUsesResolveByNameIndexOrInlineSignature() {
        WasmModule m = WatReader.read("""
                (module
                  (type $binop (func (param $l i32) (param $r i32) (result i32)))
                  (import "env" "max" (func $max (type $binop)))
                  (func $min (type 0) (param $a i32) (param $b i32) (result i32)
                    (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b))))
                  (func $pick (type $binop)
                    (call_indirect (type $binop) (local.get 0) (local.get 1) (i32.const 0))
                    (return_call_indirect (param i32 i32) (result i32)
                      (local.get 0) (local.get 1) (i32.const 0))))
                """, "types.wat");
        FuncType binop = FuncType.of(List.of(I32, I32), List.of(I32));
        assertEquals(binop, m.function("max").type());
        assertEquals(binop, m.function("min").type());
        assertEquals("a", m.function("min").params().getFirst().name());
        assertEquals(null, m.function("pick").params().getFirst().name());
        List<Instr> body = m.function("pick").body();
        assertEquals(new CallIndirect(binop), body.get(3));
        assertEquals(new ReturnCallIndirect(binop), body.getLast());
    }

    @Test
    void elementSegmentsInEachFormFillTableZero() {
        WasmModule m = WatReader.read("""
                (module
                  (table $fns 8 funcref)
                  (elem (i32.const 0) $a $b)
                  (elem (i32.const 2) func $b)
                  (elem $named (table $fns) (offset i32.const 3) func)
                  (elem (table 0) (i32.const 4) funcref (ref.func $a) (item ref.func $b) (item (ref.func $a)))
                  (func $a) (func $b))
                """, "elem.wat");
        WasmFunction a = m.function("a");
        WasmFunction b = m.function("b");
        assertEquals(new Table(8, OptionalInt.empty()), m.table().orElseThrow());
        assertEquals(List.of(new ElementSegment(0, List.of(a, b)), new ElementSegment(2, List.of(b)),
                new ElementSegment(3, List.of()), new ElementSegment(4, List.of(a, b, a))), m.elements());
    }

    private static String error(String text) {
        return assertThrows(WatSyntaxException.class, () -> WatReader.read(text, "bad.wat")).getMessage();
    }

    @Test
    void errorsNameTheSourcePositionAndWhatWasExpected() {
        assertEquals("bad.wat:2:14: unknown local $y",
                error("(module (func $f (param $x i32) (result i32)\n  (local.get $y)))"));
        assertEquals("bad.wat:2:3: unclosed '(': expected ')' before end of text", error("(module\n  (func $f"));
        assertEquals("bad.wat:3:3: unknown or unsupported instruction 'i32.frob'",
                error("(module\n (func $f\n  i32.frob))"));
        assertEquals("bad.wat:1:18: 'block' is never closed: expected 'end'",
                error("(module (func $f block nop))"));
        assertEquals("bad.wat:1:35: i32 constant out of range: 4294967296",
                error("(module (func $f (drop (i32.const 4294967296))))"));
        assertEquals("bad.wat:1:21: unknown label $nowhere: not an enclosing block, loop or if",
                error("(module (func $f br $nowhere))"));
        assertEquals("bad.wat:1:15: expected a $name of the function (functions link by name), got '(param ...)'",
                error("(module (func (param i32)))"));
        assertEquals("bad.wat:1:20: expected a value type (i32, i64, f32, f64), got 'i33'",
                error("(module (global $g i33 (i32.const 0)))"));
        assertEquals("bad.wat:1:36: I32_LOAD: align 8 must be a power of two no larger than 4",
                error("(module (memory 1) (func $f (drop (i32.load align=8 (i32.const 0)))))"));
        assertEquals("bad.wat:1:40: unterminated string: expected '\"'", error("(module (memory 1) (data (i32.const 0) \"abc))"));
    }

    @Test
    void typeAndTableErrors() {
        assertEquals("bad.wat:1:39: unknown type $nope",
                error("(module (func $f (call_indirect (type $nope) (i32.const 0))))"));
        assertEquals("bad.wat:1:57: inline signature [i64] -> [] does not match (type $t), which is [i32] -> []",
                error("(module (type $t (func (param i32))) (func $f (type $t) (param i64)))"));
        assertEquals("bad.wat:1:24: type index 3 out of range: the unit defines 0", error("(module (func $f (type 3)))"));
        assertEquals("bad.wat:1:32: duplicate type $t", error("(module (type $t (func)) (type $t (func (result i32))))"));
        assertEquals("bad.wat:1:51: unknown table $tab: this unit names no table; use 0",
                error("(module (table 1 funcref) (func $f (call_indirect $tab (i32.const 0))))"));
        assertEquals("bad.wat:1:56: table index 1 out of range: a module has only table 0",
                error("(module (table $tab 1 funcref) (func $f (call_indirect 1 (i32.const 0))))"));
        assertEquals("bad.wat:1:27: a second table: a module has one, declared at bad.wat:1:9",
                error("(module (table 1 funcref) (table 2 funcref))"));
        assertEquals("bad.wat:1:18: expected 'funcref': tables of other references are not supported, got 'externref'",
                error("(module (table 1 externref))"));
        assertEquals("bad.wat:1:33: expected the offset '(i32.const N)': passive and declarative segments are not"
                + " supported, got 'func'", error("(module (table 1 funcref) (elem func $f) (func $f))"));
        assertEquals("bad.wat:1:47: expected a $name of a function (functions link by name), got '0'",
                error("(module (table 1 funcref) (elem (i32.const 0) 0) (func $f))"));
        assertEquals("bad.wat:1:33: an element offset must be one i32.const",
                error("(module (table 1 funcref) (elem (i64.const 0) $f) (func $f))"));
    }
}
