package dev.weft.backend.rts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import dev.weft.features.FeatureVector;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heaps are values (docs/decisions/0021-heaps-are-values.md): the RTS of each
 * collector, linked with a small driver, holds many heaps at once, collects
 * each alone while the others' pointers sit on the same shadow stack, starts
 * each small, and takes its regions back when it is released; a value copied
 * from one heap into another (proc/copy.wat) is whole in the second. The driver
 * builds lists of Int cells through the RTS's own allocator, as compiled code
 * does; the test reads them back from linear memory.
 */
class HeapsTest {
    private static final int HEAP_BASE = 32768;
    private static final int HEAPS = 40;

    /**
     * The driver: cells [tag 1][layout 1600][head: i64][tail], where the
     * layout record at 1600 (free in the memory map) says slot 1 alone holds a
     * pointer. Heap k's list lives in shadow-stack slot k, counted from the top.
     */
    private static final String DRIVER = """
            (module
              (data (i32.const 1600) "\\02\\00\\00\\00\\02\\00\\00\\00")
              ;; A static string, which copies of values share.
              (data (i32.const 1608) "\\06\\00\\00\\00static")
              (func $test_init (export "test_init") (param $slots i32)
                (call $rts_init (i32.const %d))
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get $slots)))
                    (call $rts_root_push (i32.const 0))
                    (local.set $slots (i32.sub (local.get $slots) (i32.const 1)))
                    (br $next))))
              (func $t_new (export "test_new") (result i32) (call $rts_heap_new))
              (func $t_enter (export "test_enter") (param $h i32) (call $rts_heap_enter (local.get $h)))
              (func $t_current (export "test_current") (result i32) (call $rts_heap_current))
              (func $t_release (export "test_release") (param $h i32) (call $rts_heap_release (local.get $h)))
              (func $t_collect (export "test_collect") (call $rts_collect))
              (func $t_in_use (export "test_in_use") (result i64) (global.get $rts_region_in_use))
              (func $t_break (export "test_break") (result i32) (global.get $rts_region_break))
              (func $t_region (export "test_region") (param $size i32) (result i32) (call $rts_region_alloc (local.get $size)))
              (func $t_region_free (export "test_region_free") (param $p i32) (param $size i32)
                (call $rts_region_free (local.get $p) (local.get $size)))
              (func $slot (param $k i32) (result i32)
                (i32.sub (global.get $rts_stack_top) (i32.shl (i32.add (local.get $k) (i32.const 1)) (i32.const 2))))
              (func $t_list (export "test_list") (param $k i32) (result i32) (i32.load (call $slot (local.get $k))))
;; List k := [show(n - 1), ..., show(0), the static string], through the RTS's own cons.
              (func $t_strings (export "test_strings") (param $k i32) (param $n i32)
                (local $i i32)
                (i32.store (call $slot (local.get $k)) (call $rts_cons (i32.const 1608) (i32.const 0)))
                (block $done
                  (loop $next
                    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                    (i32.store (call $slot (local.get $k))
                      (call $rts_cons (call $rts_show_int (i64.extend_i32_u (local.get $i))) (i32.load (call $slot (local.get $k)))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $next))))
;; List k := its tail, n times.
              (func $t_drop (export "test_drop") (param $k i32) (param $n i32)
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get $n)))
                    (i32.store (call $slot (local.get $k)) (i32.load offset=16 (i32.load (call $slot (local.get $k)))))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $next))))
              ;; List to := a copy of list from, in the current heap (proc/copy.wat).
              (func $t_copy (export "test_copy") (param $from i32) (param $to i32)
                (i32.store (call $slot (local.get $to)) (call $rts_value_copy (i32.load (call $slot (local.get $from))))))
              ;; Conses n cells with heads first, first + 1, ... onto list k, and
              ;; garbage cells between them (every other allocation dies).
              (func $t_build (export "test_build") (param $k i32) (param $n i32) (param $first i64)
                (local $c i32)
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get $n)))
                    (drop (call $rts_alloc (i32.const 24)))
                    (local.set $c (call $rts_alloc (i32.const 24)))
                    (i32.store (local.get $c) (i32.const 1))
                    (i32.store offset=4 (local.get $c) (i32.const 1600))
                    (i64.store offset=8 (local.get $c) (local.get $first))
                    (i32.store offset=16 (local.get $c) (i32.load (call $slot (local.get $k))))
                    (i32.store (call $slot (local.get $k)) (local.get $c))
                    (local.set $first (i64.add (local.get $first) (i64.const 1)))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $next))))
            )
            """.formatted(HEAP_BASE);

    @ParameterizedTest
    // Mark-sweep's stress is sparser: each of its collections marks all of the
    // heap's live data (there is no nursery), and at every:97 this test already
    // takes a minute on the interpreter.
    @ValueSource(strings = {
        "gc=copying", "gc=none", "gc=copying,gcstress=every:3",
        "gc=mark-sweep", "gc=mark-sweep,gcstress=every:1000", "gc=mark-sweep,memory=fixed:16"
    })
    void manyHeapsLiveSideBySideAndAreCollectedAlone(String vector) {
        Runtime rt = new Runtime(vector);
        rt.call("test_init", HEAPS);
        int before = rt.call("test_break");
        int inUse = rt.call("test_in_use");
        int[] heaps = new int[HEAPS];
        for (int k = 0; k < HEAPS; k++) heaps[k] = rt.call("test_new");
        int birth = (rt.call("test_break") - before) / HEAPS;
        // A descriptor and 2 KiB of room; mark-sweep's descriptor holds 64
        // free-list heads and its 2 KiB segment two bitmaps of 32 bytes.
        int most = vector.startsWith("gc=mark-sweep") ? 2448 : 2112;
        assertTrue(birth <= most, "a new heap takes " + birth + " bytes of regions, not about 2 KiB");

        // Rounds of building in every heap, sizes varying, collections between.
        List<List<Long>> expected = new ArrayList<>();
        for (int k = 0; k < HEAPS; k++) expected.add(new ArrayList<>());
        Random random = new Random(0x4EA95L);
        long next = 1;
        for (int round = 0; round < 6; round++) {
            for (int k = 0; k < HEAPS; k++) {
                rt.call("test_enter", heaps[k]);
                int n = random.nextInt(k % 5 == 0 ? 3000 : 200);
                rt.call("test_build", k, n, next);
                for (int i = 0; i < n; i++) expected.get(k).add(0, next + i);
                next += n;
                if (random.nextInt(4) == 0) rt.call("test_collect");
            }
        }
        for (int k = 0; k < HEAPS; k++) {
            assertEquals(expected.get(k), rt.list(rt.call("test_list", k)), "heap " + k + "'s list under " + vector);
        }

        // Released heaps give all their regions back, and a region comes from below the break again.
        int main = rt.call("test_current");
        int top = rt.call("test_break");
        for (int k = 0; k < HEAPS; k++) rt.call("test_release", heaps[k]);
        assertEquals(inUse, rt.call("test_in_use"), "bytes in regions once every heap but the first is released");
        int region = rt.call("test_region", 4096);
        assertTrue(region != 0 && region < top, "a region after the release at " + region + ", the break at " + top);
        assertEquals(main, rt.call("test_current"));
    }

    @Test
    void smallRegionsAreKeptBySizeAndLargeOnesJoined() {
        Runtime rt = new Runtime("gc=copying");
        rt.call("test_init", 1);
        int inUse = rt.call("test_in_use");
        int a = rt.call("test_region", 48);
        int b = rt.call("test_region", 40); // rounded to 48: the same list
        int fence = rt.call("test_region", 16);
        rt.call("test_region_free", a, 48);
        rt.call("test_region_free", b, 40);
        assertEquals(inUse + 16, rt.call("test_in_use"), "freed small regions are not in use");
        assertEquals(b, rt.call("test_region", 48), "the last small region freed of that size comes back first");
        assertEquals(a, rt.call("test_region", 33));
        int other = rt.call("test_region", 32);
        assertTrue(other != a && other != b, "a size has its own list");
        // Above 2 KiB, neighbours are joined again: two freed regions of 2064 bytes serve one of 4128.
        int x = rt.call("test_region", 2064);
        int y = rt.call("test_region", 2064);
        assertEquals(x + 2064, y);
        rt.call("test_region", 16); // keeps them below the break
        rt.call("test_region_free", x, 2064);
        rt.call("test_region_free", y, 2064);
        assertEquals(x, rt.call("test_region", 4128));
        rt.call("test_region_free", fence, 16);
    }

    @Test
    void keptSmallRegionsAreJoinedAgainWhenMemoryIsShort() {
        // 16 MiB in all: fill it with 2 KiB regions, give them all back, then ask for 4 MiB.
        Runtime rt = new Runtime("gc=copying,memory=fixed:16");
        rt.call("test_init", 1);
        List<Integer> regions = new ArrayList<>();
        for (int r = rt.call("test_region", 2048); r != 0; r = rt.call("test_region", 2048)) regions.add(r);
        assertTrue(regions.size() > 7000, "memory held " + regions.size() + " regions of 2 KiB");
        for (int r : regions) rt.call("test_region_free", r, 2048);
        int big = rt.call("test_region", 4 << 20);
        assertTrue(big != 0, "the kept regions, joined, hold 4 MiB");
        assertTrue(rt.call("test_region", 2048) != 0, "what is left still serves a small request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gc=copying", "gc=none", "gc=copying,gcstress=every:1", "gc=mark-sweep", "gc=mark-sweep,gcstress=every:7"})
    void aValueCopiedIntoAnotherHeapOutlivesTheFirst(String vector) {
        Runtime rt = new Runtime(vector);
        rt.call("test_init", 4);
        int first = rt.call("test_new");
        int second = rt.call("test_new");
        rt.call("test_enter", first);
        rt.call("test_strings", 0, 2000);
        rt.call("test_enter", second);
        rt.call("test_build", 2, 500, 1);
        rt.call("test_copy", 0, 1);
        // Only the copy's inner cells stay reachable: each must be an object of its own to the collector.
        rt.call("test_drop", 1, 2);
        rt.call("test_collect");
        rt.call("test_build", 2, 500, 501);
        rt.call("test_collect");
        // The first heap goes, and a third one is built over its memory.
        rt.call("test_release", first);
        int third = rt.call("test_new");
        rt.call("test_enter", third);
        rt.call("test_build", 3, 5000, 1);
        List<String> expected = new ArrayList<>();
        for (int i = 1997; i >= 0; i--) expected.add(Integer.toString(i));
        expected.add("static");
        assertEquals(expected, rt.strings(rt.call("test_list", 1)));
        int last = rt.call("test_list", 1);
        while (rt.memory.readInt(last + 16) != 0) last = rt.memory.readInt(last + 16);
        assertEquals(1608, rt.memory.readInt(last + 8), "the static string is shared, not copied");
    }

    /** The RTS units of one vector and the driver, on Chicory's interpreter. */
    private static final class Runtime {
        private final Instance instance;
        final Memory memory;

        Runtime(String vector) {
            instance = RtsDriver.instance(RtsDriver.link("heaps_test", FeatureVector.parse(vector), Map.of(),
                    List.of("proc/copy.wat"), DRIVER), new ByteArrayOutputStream());
            memory = instance.memory();
        }

        int call(String name, long... args) {
            ExportFunction f = instance.export(name);
            long[] r = f.apply(args);
            return r == null || r.length == 0 ? 0 : (int) r[0];
        }

        /** A list of strings: cons cells of pointers (core/text.wat's layout at 1568). */
        List<String> strings(int p) {
            List<String> out = new ArrayList<>();
            while (p != 0) {
                assertEquals(1568, memory.readInt(p + 4), "the layout of the cell at " + p);
                int str = memory.readInt(p + 8);
                out.add(new String(memory.readBytes(str + 4, memory.readInt(str)), java.nio.charset.StandardCharsets.UTF_8));
                p = memory.readInt(p + 16);
            }
            return out;
        }

        List<Long> list(int p) {
            List<Long> out = new ArrayList<>();
            while (p != 0) {
                assertEquals(1, memory.readInt(p), "the tag of the cell at " + p);
                out.add(memory.readLong(p + 8));
                p = memory.readInt(p + 16);
            }
            return out;
        }
    }
}
