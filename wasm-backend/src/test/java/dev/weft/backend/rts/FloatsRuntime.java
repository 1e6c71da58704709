package dev.weft.backend.rts;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiExitException;
import dev.weft.features.FeatureVector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The RTS units of the default vector, linked with a small driver that exports
 * the float conversions, on Chicory's interpreter. Strings go in and out
 * through linear memory; the heap is reset after every call, so any number of
 * calls run in the heap's first nursery.
 */
final class FloatsRuntime {
    /** The first heap address: past the RTS's data (Note [Memory map]). */
    static final int HEAP_BASE = 32768;

    private static final String DRIVER = """
            (module
              (func $test_init (export "test_init") (call $rts_init (i32.const ${heap})))
              (func $test_show (export "test_show") (param $x f64) (result i32)
                (call $rts_show_float (local.get $x)))
              (func $test_fixed (export "test_fixed") (param $x f64) (param $d i32) (result i32)
                (call $rts_fixed (local.get $x) (local.get $d)))
              (func $test_parse (export "test_parse") (param $s i32) (result f64 i32)
                (call $rts_parse_float (local.get $s)))
              (func $test_alloc (export "test_alloc") (param $n i32) (result i32)
                (call $rts_alloc (local.get $n)))
              ;; The nursery of gc/copying.wat (the default) empty again.
              (func $test_reset (export "test_reset") (global.set $rts_hp (global.get $rts_nursery)))
            )
            """.replace("${heap}", Integer.toString(HEAP_BASE));

    private final Instance instance;
    private final Memory memory;
    private final ExportFunction show;
    private final ExportFunction fixed;
    private final ExportFunction parse;
    private final ExportFunction alloc;
    private final ExportFunction reset;
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    /** The linked module's binary. */
    final byte[] bytes;

    FloatsRuntime() {
        // The default units include the float units (core units of every vector).
        bytes = RtsDriver.link("floats_test", FeatureVector.defaults(), Map.of(), List.of(), DRIVER);
        instance = RtsDriver.instance(bytes, stderr);
        memory = instance.memory();
        show = instance.export("test_show");
        fixed = instance.export("test_fixed");
        parse = instance.export("test_parse");
        alloc = instance.export("test_alloc");
        reset = instance.export("test_reset");
        instance.export("test_init").apply();
    }

    Memory memory() {
        return memory;
    }

    String show(double x) {
        try {
            return string((int) show.apply(Double.doubleToRawLongBits(x))[0]);
        } finally {
            reset.apply();
        }
    }

    String fixed(double x, int digits) {
        try {
            return string((int) fixed.apply(Double.doubleToRawLongBits(x), digits)[0]);
        } finally {
            reset.apply();
        }
    }

    /** The parsed value, or null when the RTS says the text is not a Float. */
    Double parse(String text) {
        try {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            int p = (int) alloc.apply(4 + utf8.length)[0];
            memory.writeI32(p, utf8.length);
            memory.write(p + 4, utf8);
            long[] r = parse.apply(p);
            if (r[1] == 0) {
                if (r[0] != 0) throw new AssertionError("parse of '" + text + "' failed but returned bits " + r[0]);
                return null;
            }
            if (r[1] != 1) throw new AssertionError("ok flag " + r[1]);
            return Double.longBitsToDouble(r[0]);
        } finally {
            reset.apply();
        }
    }

    /** The exit code of a call to fixed that ends the program. */
    int fixedExitCode(double x, int digits) {
        try {
            fixed.apply(Double.doubleToRawLongBits(x), digits);
            throw new AssertionError("fixed(" + x + ", " + digits + ") returned");
        } catch (WasiExitException e) {
            return e.exitCode();
        }
    }

    private String string(int p) {
        int length = memory.readInt(p);
        return new String(memory.readBytes(p + 4, length), StandardCharsets.UTF_8);
    }
}
