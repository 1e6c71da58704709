package dev.weft.backend.rts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import dev.weft.features.FeatureVector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scheduler (rts/units/proc/scheduler.wat, docs/decisions/0023) switches
 * between processes preemptively: the RTS units, the scheduler, switch=every-n
 * and a driver whose processes build lists in their own heaps with a
 * safepoint at every cell, run through Binaryen's asyncify as a program that
 * spawns will be, on Chicory's interpreter. Every process's list comes out
 * whole (its shadow stack and frames were copied out and back at every
 * switch, its heap collected alone), and the running process changed many
 * times.
 */
class SchedulerTest {
    private static final int HEAP_BASE = 32768;

    /**
     * Static closures of the layout at 1656 (no slots): 1640 main (table slot
     * 0), 1648 worker (1), 1664 asker (2), 1672 answerer (3), 1688 lonely (4);
     * 1728 sleeper (5), 1736 waiter (6), 1744 crasher (7), 1752 survivor
     * (8), 1760 lonely pair (9); list cells as in HeapsTest (layout at 1600);
     * a static string at 1696.
     * Results at 1704 + 8 * pid.
     */
    private static final String DRIVER = """
            (module
              (data (i32.const 1600) "\\02\\00\\00\\00\\02\\00\\00\\00")
              (data (i32.const 1640) "\\00\\00\\00\\00\\78\\06\\00\\00\\01\\00\\00\\00\\78\\06\\00\\00")
              (data (i32.const 1656) "\\00\\00\\00\\00\\00\\00\\00\\00")
              (data (i32.const 1664) "\\02\\00\\00\\00\\78\\06\\00\\00\\03\\00\\00\\00\\78\\06\\00\\00")
              (data (i32.const 1680) "\\00\\00\\00\\00\\78\\06\\00\\00\\04\\00\\00\\00\\78\\06\\00\\00")
              (data (i32.const 1696) "\\04\\00\\00\\00stop")
              (data (i32.const 1728) "\\05\\00\\00\\00\\78\\06\\00\\00\\06\\00\\00\\00\\78\\06\\00\\00")
              (data (i32.const 1744) "\\07\\00\\00\\00\\78\\06\\00\\00\\08\\00\\00\\00\\78\\06\\00\\00")
              (data (i32.const 1760) "\\09\\00\\00\\00\\78\\06\\00\\00")
              (table 10 10 funcref)
              (elem (i32.const 0) $t_main $t_worker $t_asker $t_answerer $t_lonely $t_sleeper $t_waiter
                                  $t_crasher $t_survivor $t_lonely_pair)
              (global $t_last (mut i32) (i32.const 0))
              (global $t_changes (mut i32) (i32.const 0))

              ;; What the compiler generates for Down messages (backend/lower/Processes);
              ;; no process here is monitored or linked, so it is never called.
              (func $rts_down_value (param $depth i32) (param $pid i32) (param $kind i32) (param $message i32) (result i32)
                (unreachable))

              (func $t_run (export "test_run") (param $main i32)
                (call $rts_init (i32.const %d))
                (call $rts_run (local.get $main)))

              ;; The oldest message of type tag, taken, waiting until there is one.
              (func $t_receive (param $tag i32) (result i32)
                (local $m i32)
                (loop $look
                  (local.set $m (call $rts_mailbox_first))
                  (block $none
                    (loop $next
                      (br_if $none (i32.eqz (local.get $m)))
                      (if (i32.eq (call $rts_message_tag (local.get $m)) (local.get $tag))
                        (then (return (call $rts_message_take (local.get $m)))))
                      (local.set $m (call $rts_message_next (local.get $m)))
                      (br $next)))
                  (call $rts_receive_wait)
                  (br $look))
                (unreachable))

              ;; Sends the answerer a message it does not want (tag 9, static), then a
              ;; list of the strings 0..99 (tag 7); records its answer (tag 8).
              (func $t_asker (param $depth i32) (param $env i32)
                (local $w i32) (local $i i32)
                (local.set $w (call $rts_spawn (i32.const 1672)))
                (call $rts_root_push (i32.const 0))
                (block $done
                  (loop $next
                    (br_if $done (i32.ge_u (local.get $i) (i32.const 100)))
                    (i32.store (global.get $rts_sp)
                      (call $rts_cons (call $rts_show_int (i64.extend_i32_u (i32.sub (i32.const 99) (local.get $i))))
                                      (i32.load (global.get $rts_sp))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $next)))
                (call $rts_send (local.get $w) (i32.const 1696) (i32.const 9))
                (call $rts_send (local.get $w) (call $rts_root_pop) (i32.const 7))
                (call $t_record (i64.load offset=8 (call $t_receive (i32.const 8)))))

              ;; Takes the list (leaving the other message queued), answers with a cell
              ;; holding 1000 * its length + the strings' total length.
              (func $t_answerer (param $depth i32) (param $env i32)
                (local $l i32) (local $n i64) (local $c i32)
                (local.set $l (call $t_receive (i32.const 7)))
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get $l)))
                    (local.set $n (i64.add (local.get $n)
                      (i64.add (i64.const 1000) (i64.extend_i32_u (i32.load (i32.load offset=8 (local.get $l)))))))
                    (local.set $l (i32.load offset=16 (local.get $l)))
                    (br $next)))
                (local.set $c (call $rts_alloc (i32.const 24)))
                (i32.store (local.get $c) (i32.const 1))
                (i32.store offset=4 (local.get $c) (i32.const 1600))
                (i64.store offset=8 (local.get $c) (local.get $n))
                (i32.store offset=16 (local.get $c) (i32.const 0))
                (call $rts_send (i32.const 1) (local.get $c) (i32.const 8)))

;; Sleeps 300 ms, then sends main the static string (tag 5).
              (func $t_sleeper (param $depth i32) (param $env i32)
                (call $rts_proc_sleep (i64.const 300))
                (call $rts_send (i32.const 1) (i32.const 1696) (i32.const 5)))

              ;; Waits 50 ms for the sleeper's message, which does not come in time,
              ;; then for as long as it takes; records 10 for the timeout and 1 for the message.
              (func $t_waiter (param $depth i32) (param $env i32)
                (local $deadline i64) (local $m i32) (local $r i64)
                (drop (call $rts_spawn (i32.const 1728)))
                (local.set $deadline (i64.add (call $rts_now) (i64.const 50000000)))
                (block $over
                  (loop $look
                    (local.set $m (call $rts_mailbox_first))
                    (br_if $over (local.get $m))
                    (if (i64.ge_s (call $rts_now) (local.get $deadline))
                      (then (local.set $r (i64.const 10)) (br $over)))
                    (call $rts_receive_wait_until (local.get $deadline))
                    (br $look)))
                (if (i32.eq (call $rts_message_value (call $t_receive_any)) (i32.const 1696))
                  (then (local.set $r (i64.add (local.get $r) (i64.const 1)))))
                (call $t_record (local.get $r)))

              ;; The oldest message, not taken (a static value stays where it is), waiting until there is one.
              (func $t_receive_any (result i32)
                (local $m i32)
                (loop $look
                  (local.set $m (call $rts_mailbox_first))
                  (if (local.get $m) (then (return (local.get $m))))
                  (call $rts_receive_wait)
                  (br $look))
                (unreachable))

;; Builds part of a list, then divides by zero: its runtime error ends it alone.
              (func $t_crasher (param $depth i32) (param $env i32)
                (drop (call $t_build (i32.const 1000)))
                (drop (call $rts_div_s (i64.const 1) (i64.const 0) (i32.const 0)))
                (call $t_record (i64.const 99)))

              ;; Spawns the crasher and a worker, then builds its own list.
              (func $t_survivor (param $depth i32) (param $env i32)
                (drop (call $rts_spawn (i32.const 1744)))
                (drop (call $rts_spawn (i32.const 1648)))
                (call $t_record (call $t_build (i32.const 20000))))
              (func $t_crashes (export "test_crashes") (result i32) (global.get $rts_proc_crashes))

;; Spawns a lonely process, then waits as it does: the last to wait is not main.
              (func $t_lonely_pair (param $depth i32) (param $env i32)
                (drop (call $rts_spawn (i32.const 1688)))
                (drop (call $t_receive (i32.const 7))))

              ;; Waits for a message nobody sends.
              (func $t_lonely (param $depth i32) (param $env i32)
                (drop (call $t_receive (i32.const 7))))
              (func $t_changes_get (export "test_changes") (result i32) (global.get $t_changes))
              (func $t_result (export "test_result") (param $pid i32) (result i64)
                (i64.load (i32.add (i32.const 1704) (i32.shl (local.get $pid) (i32.const 3)))))

              ;; A safepoint that counts how often the running process changed.
              (func $t_safepoint
                (call $rts_safepoint)
                (if (i32.ne (call $rts_self) (global.get $t_last))
                  (then
                    (global.set $t_changes (i32.add (global.get $t_changes) (i32.const 1)))
                    (global.set $t_last (call $rts_self)))))

              ;; Conses 1..n onto a list rooted in this process's lowest shadow-stack
              ;; slot, with garbage and a safepoint at each cell; the sum of the list.
              (func $t_build (param $n i32) (result i64)
                (local $i i32) (local $c i32) (local $sum i64)
                (call $rts_root_push (i32.const 0))
                (block $built
                  (loop $next
                    (br_if $built (i32.ge_u (local.get $i) (local.get $n)))
                    (call $t_safepoint)
                    (drop (call $rts_alloc (i32.const 40)))
                    (local.set $c (call $rts_alloc (i32.const 24)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (i32.store (local.get $c) (i32.const 1))
                    (i32.store offset=4 (local.get $c) (i32.const 1600))
                    (i64.store offset=8 (local.get $c) (i64.extend_i32_u (local.get $i)))
                    (i32.store offset=16 (local.get $c) (i32.load (global.get $rts_sp)))
                    (i32.store (global.get $rts_sp) (local.get $c))
                    (br $next)))
                (local.set $c (call $rts_root_pop))
                (block $walked
                  (loop $cell
                    (br_if $walked (i32.eqz (local.get $c)))
                    (local.set $sum (i64.add (local.get $sum) (i64.load offset=8 (local.get $c))))
                    (local.set $c (i32.load offset=16 (local.get $c)))
                    (br $cell)))
                (local.get $sum))

              (func $t_record (param $sum i64)
                (i64.store (i32.add (i32.const 1704) (i32.shl (call $rts_self) (i32.const 3))) (local.get $sum)))

              (func $t_worker (param $depth i32) (param $env i32)
                (call $t_record (call $t_build (i32.const 3000))))

              (func $t_main (param $depth i32) (param $env i32)
                (drop (call $rts_spawn (i32.const 1648)))
                (drop (call $rts_spawn (i32.const 1648)))
                (drop (call $rts_spawn (i32.const 1648)))
                (call $t_record (call $t_build (i32.const 20000))))
            )
            """.formatted(HEAP_BASE);

    // A scheduler that loses a process's shadow stack can send a list walk round a cycle: fail, not hang.
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @ParameterizedTest
    @ValueSource(strings = {"gc=copying", "gc=none", "gc=mark-sweep", "gc=copying,gcstress=every:5"})
    void processesSwitchAndEachKeepsItsHeapAndStacks(String vector) throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        switchesAndKeeps(instance(vector, new ByteArrayOutputStream()), 80);
    }

    /** Under switch=every each safepoint yields; under switch=clock:<us>, each slice of 20 us. */
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @ParameterizedTest
    @ValueSource(strings = {"switch/every.wat", "switch/clock.wat"})
    void everySwitchAlternativeSwitches(String unit) throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        // At every safepoint: a change at nearly each of the workers' 9,000 safepoints.
        switchesAndKeeps(instance("gc=copying", unit, new ByteArrayOutputStream()), unit.contains("every") ? 8_000 : 20);
    }

    /**
     * Under switch=flag a thread of the host's sets the word that
     * weft_flag_address gives (here every 50 us, where the hosts' slice is
     * 1 ms, so that a short run sees many), and the processes switch as under
     * the other alternatives. Without it nothing preempts main, which runs to
     * its end before the workers it spawned ever start ($rts_run returns then).
     */
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @org.junit.jupiter.api.Test
    void switchByFlagYieldsWhenTheHostSetsTheWord() throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        Instance ticked = instance("gc=copying", "switch/flag.wat", new ByteArrayOutputStream());
        int address = (int) ticked.export("weft_flag_address").apply()[0];
        assertEquals(248, address, "the flag word of Note [Memory map]");
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread host = new Thread(() -> {
            while (running.get()) {
                ticked.memory().writeI32(address, 1);
                java.util.concurrent.locks.LockSupport.parkNanos(50_000);
            }
        }, "test-slice-flag");
        host.setDaemon(true);
        host.start();
        try {
            switchesAndKeeps(ticked, 20);
        } finally {
            running.set(false);
            host.join();
        }

        Instance unticked = instance("gc=copying", "switch/flag.wat", new ByteArrayOutputStream());
        unticked.export("test_run").apply(1640);
        assertEquals(20_000L * 20_001 / 2, unticked.export("test_result").apply(1)[0], "main's list");
        for (int pid = 2; pid <= 4; pid++) {
            // (the slots of pids 3 and 4 overlap static closures, so "never ran" is "never recorded its list")
            org.junit.jupiter.api.Assertions.assertNotEquals(3_000L * 3_001 / 2, unticked.export("test_result").apply(pid)[0],
                    "worker " + pid + " never ran");
        }
        assertEquals(1, unticked.export("test_changes").apply()[0], "main alone ran");
    }

    private static void switchesAndKeeps(Instance instance, long atLeast) {
        instance.export("test_run").apply(1640);
        assertEquals(20_000L * 20_001 / 2, instance.export("test_result").apply(1)[0], "main's list");
        for (int pid = 2; pid <= 4; pid++) {
            assertEquals(3_000L * 3_001 / 2, instance.export("test_result").apply(pid)[0], "worker " + pid + "'s list");
        }
        long changes = instance.export("test_changes").apply()[0];
        // Under every-n:100: four processes of 3,000 to 20,000 safepoints each, about 90
        // slices while the workers run, each a change of process.
        assertTrue(changes >= atLeast, "the running process changed " + changes + " times");
    }

    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @ParameterizedTest
    @ValueSource(strings = {"gc=copying", "gc=none", "gc=mark-sweep", "gc=copying,gcstress=every:1", "gc=mark-sweep,gcstress=every:3"})
    void aMessageIsCopiedIntoTheReceiverWhichTakesTheOneItMatches(String vector) throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Instance instance = instance(vector, stderr);
        try {
            instance.export("test_run").apply(1664);
        } catch (WasiExitException e) {
            throw new AssertionError("exit " + e.exitCode() + ": " + stderr.toString(StandardCharsets.UTF_8), e);
        }
        assertEquals(100 * 1000 + 10 + 90 * 2, instance.export("test_result").apply(1)[0],
                "the answer to a list of the strings 0..99");
    }

    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @ParameterizedTest
    @ValueSource(strings = {"gc=copying", "gc=none"})
    void everyProcessWaitingIsADeadlock(String vector) throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Instance instance = instance(vector, stderr);
        WasiExitException exit = assertThrows(WasiExitException.class, () -> instance.export("test_run").apply(1688));
        assertEquals(70, exit.exitCode());
        assertEquals("runtime error: deadlock: every process is waiting\n", stderr.toString(StandardCharsets.UTF_8));
        // The same when the last process to start waiting is not main.
        ByteArrayOutputStream pairs = new ByteArrayOutputStream();
        Instance pair = instance(vector, pairs);
        WasiExitException both = assertThrows(WasiExitException.class, () -> pair.export("test_run").apply(1760));
        assertEquals(70, both.exitCode());
        assertEquals("runtime error: deadlock: every process is waiting\n", pairs.toString(StandardCharsets.UTF_8));
    }

    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @ParameterizedTest
    @ValueSource(strings = {"gc=copying", "gc=none"})
    void timersWakeSleepersAndReceivesTimeOutWithoutBusyWaiting(String vector) throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        java.nio.file.Path stat = java.nio.file.Path.of("/proc/thread-self/stat");
        Assumptions.assumeTrue(java.nio.file.Files.isReadable(stat),
                "no /proc/thread-self/stat here: this thread's CPU time cannot be read");
        Instance instance = instance(vector, new ByteArrayOutputStream());
        long cpu = threadCpuNanos(stat);
        long wall = System.nanoTime();
        instance.export("test_run").apply(1736);
        wall = System.nanoTime() - wall;
        cpu = threadCpuNanos(stat) - cpu;
        assertEquals(11, instance.export("test_result").apply(1)[0], "the receive timed out, then got the message");
        assertTrue(wall >= 300_000_000L, "the sleeper slept " + wall / 1_000_000 + " ms, not 300");
        // Nearly all of the 300 ms are spent in poll_oneoff, not spinning.
        assertTrue(cpu < wall / 4, "CPU " + cpu / 1_000_000 + " ms of " + wall / 1_000_000 + " ms waiting");
    }

    /** This thread's user and system time (Linux: fields 14 and 15 of its stat, in clock ticks of 10 ms). */
    private static long threadCpuNanos(java.nio.file.Path stat) throws java.io.IOException {
        String line = java.nio.file.Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @ParameterizedTest
    @ValueSource(strings = {"gc=copying", "gc=none", "gc=mark-sweep"})
    void aRuntimeErrorInAProcessEndsItAlone(String vector) throws Exception {
        Assumptions.assumeTrue(wasmOptInstalled(), "wasm-opt (Binaryen) is not installed: asyncify cannot run");
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Instance instance = instance(vector, stderr);
        instance.export("test_run").apply(1752);
        assertEquals(1, instance.export("test_crashes").apply()[0], "processes crashed");
        assertEquals(0, instance.export("test_result").apply(2)[0], "the crasher never went past its error");
        assertEquals(3_000L * 3_001 / 2, instance.export("test_result").apply(3)[0], "the worker beside it");
        assertEquals(20_000L * 20_001 / 2, instance.export("test_result").apply(1)[0], "main");
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    private static Instance instance(String vector, ByteArrayOutputStream stderr) {
        return instance(vector, "switch/every-n.wat", stderr);
    }

    /** The module under the vector, with the switch unit given (every-n:100, clock:20, or flag). */
    private static Instance instance(String vector, String switchUnit, ByteArrayOutputStream stderr) {
        byte[] module = RtsDriver.link("scheduler_test", FeatureVector.parse(vector),
                Map.of("unwind_bytes", "65536", "reductions", "100", "slice_ns", "20000"),
                List.of("core/clock.wat", "proc/copy.wat", "proc/scheduler.wat", "proc/receive.wat", switchUnit), DRIVER);
        return RtsDriver.instance(RtsDriver.optimized(module,
                List.of("--asyncify", "--pass-arg=asyncify-ignore-imports", "-O1")), stderr);
    }

    private static boolean wasmOptInstalled() {
        try {
            Process p = new ProcessBuilder("wasm-opt", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
