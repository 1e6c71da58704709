package dev.weft.wasm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasm.Wabt;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.WasmModule;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Tables, element segments, call_indirect and the tail calls in every text form the reader
 * takes: our reader plus writer must give wat2wasm's bytes, wabt's interpreter must run the
 * result, and the printed text must read back to the same bytes.
 */
class TablesAndTailCallsTest {
    static final String CLOSURES = """
            (module
              (type $unary (func (param i32) (result i32)))
              (table $t (export "table") 4 8 funcref)
              (elem (i32.const 0) $double $square)
              (elem (table $t) (offset (i32.const 2)) func $forty_two)
              (elem (offset i32.const 3) funcref (ref.func $double))
              (func $double (type $unary) (i32.mul (local.get 0) (i32.const 2)))
              (func $square (param $x i32) (result i32) (i32.mul (local.get $x) (local.get $x)))
              (func $forty_two (type $nullary) (i32.const 42))
              (func $apply (param $slot i32) (param $v i32) (result i32)
                (call_indirect (type $unary) (local.get $v) (local.get $slot)))
              (func $apply_inline (param i32 i32) (result i32)
                local.get 1
                local.get 0
                call_indirect $t (param i32) (result i32))
              ;; A million calls deep: only a tail call keeps the stack flat.
              (func $count (param $n i32) (param $acc i32) (result i32)
                (if (result i32) (i32.eqz (local.get $n))
                  (then (local.get $acc))
                  (else (return_call $count (i32.sub (local.get $n) (i32.const 1))
                                            (i32.add (local.get $acc) (i32.const 1))))))
              (func $tail_indirect (param $slot i32) (param $v i32) (result i32)
                local.get $v
                local.get $slot
                return_call_indirect 0 (type 0))
              (func $run (export "run") (result i32)
                (i32.add (call $apply (i32.const 1) (i32.const 7))
                  (i32.add (call $apply_inline (i32.const 0) (i32.const 5))
                    (i32.add (call_indirect (type $nullary) (i32.const 2))
                      (i32.add (call $count (i32.const 1000000) (i32.const 0))
                        (call $tail_indirect (i32.const 3) (i32.const 8)))))))
              ;; Defined after its uses, as WAT allows.
              (type $nullary (func (result i32))))
            """;

    /** MVP only: the abbreviated table with its elements inline, and call_indirect without tail calls. */
    static final String INLINE_TABLE = """
            (module
              (type (func (param i64) (result i64)))
              (import "env" "ext" (func $ext (type 0)))
              (table (export "fns") funcref (elem $ext $neg))
              (func $neg (type 0) (param $v i64) (result i64) (i64.sub (i64.const 0) (local.get $v)))
              (func $via (param i32) (result i64)
                (call_indirect (param i64) (result i64) (i64.const 3) (local.get 0))))
            """;

    private static void assertEncodesAsWat2wasm(String wat, String... flags) {
        HexFormat hex = HexFormat.ofDelimiter(" ");
        byte[] theirs = Wabt.wat2wasm(wat, flags);
        byte[] ours = WasmWriter.write(WatReader.read(wat, "tables.wat"), false);
        assertEquals(hex.formatHex(theirs), hex.formatHex(ours));
    }

    @Test
    void everyFormEncodesAsWat2wasmDoes() {
        assertEncodesAsWat2wasm(CLOSURES, "--enable-tail-call");
        assertEncodesAsWat2wasm(INLINE_TABLE);
    }

    @Test
    void wabtRunsTheIndirectAndTailCalls() {
        byte[] bytes = WasmWriter.write(WatReader.read(CLOSURES, "tables.wat"));
        assertEquals("", Wabt.validate(bytes, "--enable-tail-call"));
        // square(7) + double(5) + 42 + 1_000_000 + double(8)
        assertEquals("run() => i32:1000117", Wabt.interp(bytes, "--enable-tail-call").strip());
    }

    @Test
    void withoutTailCallsNothingBeyondMvpIsWritten() {
        byte[] bytes = WasmWriter.write(WatReader.read(INLINE_TABLE, "inline.wat"));
        assertEquals("", Wabt.validate(bytes, "--disable-reference-types", "--disable-bulk-memory",
                "--disable-multi-value", "--disable-sign-extension", "--disable-saturating-float-to-int",
                "--disable-mutable-globals"));
        // And with them, engines without the proposal refuse the module rather than misread it.
        String refused = Wabt.validate(WasmWriter.write(WatReader.read(CLOSURES, "tables.wat")));
        assertTrue(refused.contains("unexpected opcode: 0x12"), refused);
    }

    @Test
    void printedTextReadsBackToTheSameBytes() {
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (String wat : new String[] {CLOSURES, INLINE_TABLE}) {
            WasmModule m = WatReader.read(wat, "tables.wat");
            String text = WatPrinter.print(m);
            assertEquals(hex.formatHex(WasmWriter.write(m)),
                    hex.formatHex(WasmWriter.write(WatReader.read(text, "printed.wat"))), text);
        }
        String text = WatPrinter.print(WatReader.read(CLOSURES, "tables.wat"));
        assertTrue(text.contains("\n  (table 4 8 funcref)"), text);
        assertTrue(text.contains("\n  (export \"table\" (table 0))"), text);
        assertTrue(text.contains("\n  (elem (i32.const 0) $double $square)"), text);
        assertTrue(text.contains("\n  (elem (i32.const 3) $double)"), text);
        assertTrue(text.contains("\n    call_indirect (param i32) (result i32))"), text);
        assertTrue(text.contains("\n    call_indirect (result i32)\n"), text);
        assertTrue(text.contains("\n      return_call $count\n"), text);
        assertTrue(text.contains("\n    return_call_indirect (param i32) (result i32))"), text);
    }
}
