package dev.weft.matrix.engines;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.shims.Invocation;
import dev.weft.shims.ModuleRejectedException;
import dev.weft.shims.RunResult;
import dev.weft.shims.TimedOutException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The table of cases every engine passes, each engine's test class extending
 * it with its engine: output, exit codes, stderr, traps (with output flushed
 * through weft_flush), stdin, arguments, memory growth by memory.grow and by
 * weft.memory_request, and a compiled Weft program. Small modules are written
 * in WAT (wat2wasm; the cases skip without it).
 */
abstract class EngineCases {
    abstract Engine engine();

    /** Whether the engine takes stdin from a run's input; all do now. */
    boolean readsStdin() {
        return true;
    }

    @BeforeEach
    void engineAvailable() {
        Optional<String> why = engine().unavailable();
        assumeTrue(why.isEmpty(), () -> engine().name() + " is unavailable: " + why.orElseThrow());
    }

    RunOutcome run(byte[] module, String stdin, String... args) {
        return engine().run(module, new RunInput("prog", List.of(args), stdin.getBytes(UTF_8)));
    }

    static void assertOutcome(String stdout, String stderr, int exit, RunOutcome o) {
        assertEquals(stdout, o.stdout(), "stdout");
        assertEquals(stderr, o.stderr(), "stderr");
        assertEquals(exit, o.exitCode(), "exit code");
    }

    @Test
    void hello() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3)))
                """);
        assertOutcome("hi\n", "", 0, run(m, ""));
    }

    @Test
    void procExitGivesTheExitCode() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                  (call $proc_exit (i32.const 3))
                  unreachable)
                """);
        assertOutcome("hi\n", "", 3, run(m, ""));
    }

    @Test
    void procExitTakesEveryStatusUpTo255() throws Exception {
        // Wasmtime's own proc_exit refuses 126 and up; Weft's exit(200) must still exit 200 (exit_code_high.weft).
        for (int status : new int[] {125, 126, 200, 255}) {
            byte[] m = Wat.command("""
                    (func (export "_start")
                      (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                      (call $proc_exit (i32.const %d))
                      unreachable)
                    """.formatted(status));
            assertOutcome("hi\n", "", status, run(m, ""));
        }
    }

    @Test
    void procExitZeroIsSuccess() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (call $proc_exit (i32.const 0)) unreachable)
                """);
        assertOutcome("", "", 0, run(m, ""));
    }

    @Test
    void writesToStderr() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start")
                  (call $write (i32.const 2) (i32.const 100) (i32.const 3))
                  (call $write (i32.const 1) (i32.const 110) (i32.const 3)))
                """);
        assertOutcome("ok\n", "hi\n", 0, run(m, ""));
    }

    @Test
    void aMegabyteInOneWriteArrivesWhole() throws Exception {
        // More than a pipe holds (64 KiB): Node's non-blocking stdout wrote
        // part of it and said so, and a program that does not loop lost the rest.
        byte[] m = Wat.command("""
                (func (export "_start")
                  (drop (memory.grow (i32.const 16)))
                  (memory.fill (i32.const 4096) (i32.const 65) (i32.const 1000000))
                  (i32.store (i32.const 0) (i32.const 4096))
                  (i32.store (i32.const 4) (i32.const 1000000))
                  (call $check (i32.eqz (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))) (i32.const 50))
                  (call $check (i32.eq (i32.load (i32.const 8)) (i32.const 1000000)) (i32.const 51)))
                """, 32);
        RunOutcome o = run(m, "");
        assertEquals(0, o.exitCode());
        assertEquals("A".repeat(1_000_000), o.stdout());
    }

    /** Whether the engine's memory can grow past 2 GiB; Chicory's is a Java byte array. */
    boolean growsPast2GiB() {
        return true;
    }

    @Test
    void writesFromLowMemoryAfterTheMemoryGrowsPast2GiB() throws Exception {
        // 33,000 pages are 2.06 GiB of address space, none of it touched but
        // the last page; wasmtime-java shows memory as one ByteBuffer, which
        // ends at 2 GiB.
        byte[] m = Wat.command("""
                (data (i32.const 130) "no room\\n")
                (func (export "_start")
                  (if (i32.eq (memory.grow (i32.const 32999)) (i32.const -1))
                    (then (call $write (i32.const 1) (i32.const 130) (i32.const 8)) (return)))
                  (i32.store8 (i32.const 0x80E7FFFF) (i32.const 1))
                  (call $ok))
                """);
        assertOutcome(growsPast2GiB() ? "ok\n" : "no room\n", "", 0, run(m, ""));
    }

    @Test
    void unreachableTrapsAfterFlushingWhatWasBuffered() throws Exception {
        // The program "buffers" by remembering a length in a global; weft_flush writes it out.
        byte[] m = Wat.command("""
                (global $pending (mut i32) (i32.const 0))
                (func $flush (export "weft_flush")
                  (call $write (i32.const 1) (i32.const 100) (global.get $pending))
                  (global.set $pending (i32.const 0)))
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 110) (i32.const 3))
                  (global.set $pending (i32.const 3))
                  unreachable)
                """);
        assertOutcome("ok\nhi\n", "runtime error: wasm trap: unreachable\n", 134, run(m, ""));
    }

    @Test
    void unreachableWithoutWeftFlushStillReports() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3)) unreachable)
                """);
        assertOutcome("hi\n", "runtime error: wasm trap: unreachable\n", 134, run(m, ""));
    }

    @Test
    void divideByZeroIsATrap() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (drop (i32.div_s (i32.const 1) (i32.const 0))))
                """);
        assertOutcome("", "runtime error: wasm trap: integer divide by zero\n", 134, run(m, ""));
    }

    @Test
    void remainderByZeroIsADivideByZeroTrap() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (drop (i64.rem_u (i64.const 1) (i64.const 0))))
                """);
        assertOutcome("", "runtime error: wasm trap: integer divide by zero\n", 134, run(m, ""));
    }

    @Test
    void signedOverflowIsATrap() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (drop (i32.div_s (i32.const 0x80000000) (i32.const -1))))
                """);
        assertOutcome("", "runtime error: wasm trap: integer overflow\n", 134, run(m, ""));
    }

    @Test
    void outOfBoundsLoadIsATrap() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (drop (i32.load (i32.const 70000))))
                """);
        assertOutcome("", "runtime error: wasm trap: out of bounds memory access\n", 134, run(m, ""));
    }

    @Test
    @Timeout(180)
    void unboundedRecursionExhaustsTheCallStack() throws Exception {
        byte[] m = Wat.command("""
                (func $f (param i32) (result i32) (i32.add (call $f (local.get 0)) (i32.const 1)))
                (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                  (drop (call $f (i32.const 0))))
                """);
        assertOutcome("hi\n", "runtime error: wasm trap: call stack exhausted\n", 134, run(m, ""));
    }

    @Test
    void trapInTheStartFunctionIsATrap() throws Exception {
        byte[] m = Wat.command("""
                (func $init unreachable)
                (start $init)
                (func (export "_start"))
                """);
        // Only the kind may differ: wasmtime-java loses it for start functions
        // (WasmtimeHost.START_FUNCTION_TRAP); Weft's modules have none.
        RunOutcome o = run(m, "");
        assertEquals(134, o.exitCode());
        assertEquals("", o.stdout());
        assertTrue(o.stderr().startsWith("runtime error: wasm trap: "), o.stderr());
        assertEquals(1, o.stderr().lines().count(), o.stderr());
    }

    @Test
    void stdinReachesTheProgram() throws Exception {
        assumeTrue(readsStdin(), engine().name() + " cannot take stdin from a run's input");
        // Echo until end of input: reads of up to 4 bytes into 1000, each written back.
        byte[] m = Wat.command("""
                (func (export "_start")
                  (loop $more
                    (i32.store (i32.const 400) (i32.const 1000))
                    (i32.store (i32.const 404) (i32.const 4))
                    (call $check (i32.eqz (call $fd_read (i32.const 0) (i32.const 400) (i32.const 1) (i32.const 408)))
                                 (i32.const 9))
                    (if (i32.load (i32.const 408))
                      (then (call $write (i32.const 1) (i32.const 1000) (i32.load (i32.const 408)))
                            (br $more)))))
                """);
        assertOutcome("ping\npong\n", "", 0, run(m, "ping\npong\n"));
        assertOutcome("", "", 0, run(m, ""));
    }

    @Test
    void argvStartsWithTheProgramName() throws Exception {
        // argc at 200, buffer size at 204, pointers at 300, strings at 1000;
        // prints the NUL-separated strings as they are and exits with argc.
        byte[] m = Wat.command("""
                (func (export "_start")
                  (drop (call $args_sizes_get (i32.const 200) (i32.const 204)))
                  (drop (call $args_get (i32.const 300) (i32.const 1000)))
                  (call $write (i32.const 1) (i32.const 1000) (i32.load (i32.const 204)))
                  (call $proc_exit (i32.load (i32.const 200))))
                """);
        assertOutcome("prog\0a\0b c\0é\0", "", 4, run(m, "", "a", "b c", "é"));
    }

    @Test
    void memoryGrowsPageByPage() throws Exception {
        // 1,023 grows of one page (to 64 MiB), touching each new page's last
        // byte; then a grow past the maximum answers -1 and changes nothing.
        byte[] m = Wat.command("""
                (func (export "_start") (local $i i32) (local $sum i32)
                  (local.set $i (i32.const 1))
                  (loop $grow
                    (call $check (i32.eq (memory.grow (i32.const 1)) (local.get $i)) (i32.const 10))
                    (i32.store8 (i32.sub (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 65536)) (i32.const 1))
                                (local.get $i))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $grow (i32.lt_u (local.get $i) (i32.const 1024))))
                  (call $check (i32.eq (memory.size) (i32.const 1024)) (i32.const 11))
                  (local.set $i (i32.const 1))
                  (loop $sum
                    (local.set $sum (i32.add (local.get $sum)
                      (i32.load8_u (i32.sub (i32.mul (i32.add (local.get $i) (i32.const 1)) (i32.const 65536)) (i32.const 1)))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $sum (i32.lt_u (local.get $i) (i32.const 1024))))
                  ;; each page kept the low byte of its number: 4 x (0 + 1 + ... + 255)
                  (call $check (i32.eq (local.get $sum) (i32.const 130560)) (i32.const 12))
                  (call $check (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (i32.const 13))
                  (call $check (i32.eq (memory.size) (i32.const 1024)) (i32.const 14))
                  (call $ok))
                """, 1024);
        assertOutcome("ok\n", "", 0, run(m, ""));
    }

    /** A module built as memory=host builds it: the RTS asks the host for pages. */
    static final String MEMORY_REQUEST = """
            (import "weft" "memory_request" (func $memory_request (param i32) (result i32)))
            """;

    @Test
    void memoryRequestGrowsThroughTheHost() throws Exception {
        byte[] m = Wat.compile("(module\n" + MEMORY_REQUEST + Wat.WASI + """
                (memory (export "memory") 1)
                (func (export "_start")
                  (call $check (i32.eq (call $memory_request (i32.const 16)) (i32.const 1)) (i32.const 20))
                  (call $check (i32.eq (memory.size) (i32.const 17)) (i32.const 21))
                  (i32.store (i32.const 1114108) (i32.const 42)) ;; the last word of page 17
                  (call $check (i32.eq (i32.load (i32.const 1114108)) (i32.const 42)) (i32.const 22))
                  (call $check (i32.eq (call $memory_request (i32.const 0)) (i32.const 17)) (i32.const 23))
                  ;; 70,000 pages is past any host's limit (65,536 in all): refused, nothing changes
                  (call $check (i32.eq (call $memory_request (i32.const 70000)) (i32.const -1)) (i32.const 24))
                  (call $check (i32.eq (call $memory_request (i32.const -1)) (i32.const -1)) (i32.const 25))
                  (call $check (i32.eq (memory.size) (i32.const 17)) (i32.const 26))
                  (call $ok))
                """ + ")\n");
        assertOutcome("ok\n", "", 0, run(m, ""));
    }

    @Test
    void memoryRequestAnswersMinusOneAtTheModulesMaximum() throws Exception {
        byte[] m = Wat.compile("(module\n" + MEMORY_REQUEST + Wat.WASI + """
                (memory (export "memory") 1 4)
                (func (export "_start")
                  (call $check (i32.eq (call $memory_request (i32.const 3)) (i32.const 1)) (i32.const 30))
                  (call $check (i32.eq (call $memory_request (i32.const 1)) (i32.const -1)) (i32.const 31))
                  (call $check (i32.eq (memory.size) (i32.const 4)) (i32.const 32))
                  (call $ok))
                """ + ")\n");
        assertOutcome("ok\n", "", 0, run(m, ""));
    }

    @Test
    void streamingRunPassesOutputAndExitThrough() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                  (call $write (i32.const 2) (i32.const 110) (i32.const 3))
                  (call $proc_exit (i32.const 5)))
                """);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        RunResult r = engine().run(m, Invocation.of("prog", List.of(), new ByteArrayInputStream(new byte[0]), out, err));
        assertEquals(5, r.exitCode());
        assertEquals(Optional.empty(), r.trap());
        assertEquals("hi\n", out.toString(UTF_8));
        assertEquals("ok\n", err.toString(UTF_8));
    }

    @Test
    void streamingRunReportsTheTrap() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") unreachable)
                """);
        var err = new ByteArrayOutputStream();
        RunResult r = engine().run(m, Invocation.of("prog", List.of(), new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), err));
        assertEquals(134, r.exitCode());
        assertEquals(Optional.of("unreachable"), r.trap());
        assertEquals("runtime error: wasm trap: unreachable\n", err.toString(UTF_8));
    }

    /** Short for a test, long for any engine to start a tiny module (Node takes about 40 ms). */
    static final Duration SHORT = Duration.ofMillis(700);

    /** Whether the engine honours a run's timeout; the timeout cases are skipped, saying so, where not. */
    boolean stopsAtTimeouts() {
        return true;
    }

    private void assumeStopsAtTimeouts() {
        assumeTrue(stopsAtTimeouts(), () -> engine().name() + " does not stop runs at a timeout");
    }

    /** Writes "hi", then loops: a loop back-edge is where every engine looks for its stop. */
    static byte[] loopsForever() throws Exception {
        return Wat.command("""
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                  (loop $forever (br $forever)))
                """);
    }

    @Test
    @Timeout(60)
    void aLoopThatNeverEndsIsStoppedAtTheTimeout() throws Exception {
        assumeStopsAtTimeouts();
        long start = System.nanoTime();
        RunOutcome o = engine().run(loopsForever(), RunInput.of("prog").withTimeout(Optional.of(SHORT)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Optional.of(new Unfinished.TimedOut(SHORT, true)), o.unfinished(), "stopped at the timeout");
        assertEquals("hi\n", o.stdout(), "what it wrote before the timeout is kept");
        assertEquals(RunOutcome.TIMEOUT_EXIT_CODE, o.exitCode());
        // Not before its time; TimedOut's "stopped" says it ended when told to, within the grace period.
        assertTrue(took.compareTo(SHORT) >= 0, "took " + took);
    }

    /**
     * Whether a program blocked in a host call is stopped at the timeout too:
     * Chicory's WASI sleeps interruptibly, and Node's process is killed.
     */
    boolean stopsInHostCalls() {
        return true;
    }

    @Test
    @Timeout(60)
    void aProgramAsleepInAHostCallTimesOut() throws Exception {
        assumeStopsAtTimeouts();
        // poll_oneoff with one relative clock subscription of 10^18 ns, as the RTS's sleep makes it.
        byte[] m = Wat.compile("(module\n"
                + "(import \"wasi_snapshot_preview1\" \"poll_oneoff\" (func $poll (param i32 i32 i32 i32) (result i32)))\n"
                + Wat.WASI + """
                (memory (export "memory") 1)
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                  (i32.store8 (i32.const 208) (i32.const 0))
                  (i32.store (i32.const 216) (i32.const 1))
                  (i64.store (i32.const 224) (i64.const 1000000000000000000))
                  (drop (call $poll (i32.const 200) (i32.const 300) (i32.const 1) (i32.const 400))))
                """ + ")\n");
        RunOutcome o = engine().run(m, RunInput.of("prog").withTimeout(Optional.of(SHORT)));
        assertEquals(Optional.of(new Unfinished.TimedOut(SHORT, stopsInHostCalls())), o.unfinished());
        assertEquals("hi\n", o.stdout());
    }

    @Test
    void aRunThatEndsBeforeItsTimeoutIsAnOrdinaryRun() throws Exception {
        byte[] m = Wat.command("""
                (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3)))
                """);
        RunOutcome o = engine().run(m, RunInput.of("prog").withTimeout(Optional.of(Duration.ofSeconds(30))));
        assertOutcome("hi\n", "", 0, o);
        assertEquals(Optional.empty(), o.unfinished());
    }

    @Test
    @Timeout(60)
    void aStreamingRunThatNeverEndsThrowsTimedOut() throws Exception {
        assumeStopsAtTimeouts();
        var out = new ByteArrayOutputStream();
        Invocation invocation = Invocation.of("prog", List.of(), new ByteArrayInputStream(new byte[0]), out,
                new ByteArrayOutputStream()).withTimeout(Optional.of(SHORT));
        TimedOutException e = assertThrows(TimedOutException.class, () -> engine().run(loopsForever(), invocation));
        assertEquals(SHORT, e.limit());
        assertTrue(e.stopped());
        assertEquals("hi\n", out.toString(UTF_8));
    }

    @Test
    void runsAtTheSameTimeStayApart() throws Exception {
        // The matrix runs cells on two threads: each run has its own instance,
        // streams and exit code.
        byte[] m = Wat.command("""
                (func (export "_start")
                  (drop (call $args_sizes_get (i32.const 200) (i32.const 204)))
                  (drop (call $args_get (i32.const 300) (i32.const 1000)))
                  (call $write (i32.const 1) (i32.const 1000) (i32.load (i32.const 204)))
                  (call $proc_exit (i32.load (i32.const 200))))
                """);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var runs = new java.util.ArrayList<java.util.concurrent.Future<RunOutcome>>();
            for (int i = 0; i < 8; i++) {
                String[] args = new String[i];
                java.util.Arrays.fill(args, "x" + i);
                runs.add(pool.submit(() -> run(m, "", args)));
            }
            for (int i = 0; i < 8; i++) {
                RunOutcome o = runs.get(i).get();
                assertEquals("prog\0" + ("x" + i + "\0").repeat(i), o.stdout(), "run " + i);
                assertEquals(i + 1, o.exitCode(), "run " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void moduleWithoutStartIsRejected() throws Exception {
        byte[] m = Wat.compile("(module (memory (export \"memory\") 1) (func (export \"main\")))");
        var e = assertThrows(ModuleRejectedException.class, () -> run(m, ""));
        assertEquals("not a WASI command: the module exports no _start function", e.getMessage());
    }

    @Test
    void unknownImportIsRejected() throws Exception {
        byte[] m = Wat.compile("""
                (module (import "env" "nope" (func)) (memory (export "memory") 1) (func (export "_start") (call 0)))
                """);
        assertThrows(ModuleRejectedException.class, () -> run(m, ""));
    }

    /**
     * Whether the engine, lacking the tail-call capability, rejects a module
     * with {@code return_call} (Wasmtime 7) rather than running it as an
     * ordinary call that keeps the caller's frame (Chicory's compiler).
     */
    boolean rejectsTailCallsItCannotRun() {
        return true;
    }

    @Test
    void tailCallsRunExactlyWhenTheEngineHasTheCapability() throws Exception {
        // Ten million tail calls deep, mutually recursive: in constant stack only
        // when return_call really is a tail call.
        if (engine().capabilities().contains("tail-call")) {
            assertOutcome("ok\n", "", 0, run(mutualTailCalls(10_000_000), ""));
        } else if (rejectsTailCallsItCannotRun()) {
            assertThrows(ModuleRejectedException.class, () -> run(mutualTailCalls(10), ""),
                    engine().name() + " claims no tail-call capability but ran return_call");
        } else {
            // It computes the right answer, but each call keeps its frame, so
            // only a chain the stack holds runs.
            assertOutcome("ok\n", "", 0, run(mutualTailCalls(10_000), ""));
        }
    }

    private static byte[] mutualTailCalls(int depth) throws Exception {
        return Wat.compile("(module\n" + Wat.WASI + """
                (memory (export "memory") 1)
                (func $down (param i32) (result i32)
                  (if (result i32) (i32.eqz (local.get 0))
                    (then (i32.const 7))
                    (else (return_call $across (i32.sub (local.get 0) (i32.const 1))))))
                (func $across (param i32) (result i32)
                  (return_call $down (local.get 0)))
                (func (export "_start")
                  (call $check (i32.eq (call $down (i32.const DEPTH)) (i32.const 7)) (i32.const 40))
                  (call $ok))
                """.replace("DEPTH", Integer.toString(depth)) + ")\n", "--enable-tail-call");
    }

    /**
     * switch=flag's host side: an engine with async-memory-write sets the word
     * that the module's weft_flag_address gives, again and again while the
     * module runs (here the module waits for three settings, clearing the word
     * each time, as rts/units/switch/flag.wat does); one without refuses the
     * module, since it would run without its slices.
     */
    @Test
    void theFlagWordIsSetWhileTheModuleRunsExactlyWhenTheEngineHasTheCapability() throws Exception {
        byte[] m = flagWaiter(512);
        if (engine().capabilities().contains("async-memory-write")) {
            RunOutcome o = engine().run(m, RunInput.of("prog").withTimeout(Optional.of(java.time.Duration.ofSeconds(20))));
            assertOutcome("ok\n", "", 0, o);
        } else {
            var e = assertThrows(ModuleRejectedException.class, () -> run(m, ""));
            assertTrue(e.getMessage().contains("weft_flag_address"), e.getMessage());
        }
    }

    @Test
    void aFlagWordOutsideTheMemoryRefusesTheModule() throws Exception {
        assumeTrue(engine().capabilities().contains("async-memory-write"), engine().name() + " sets no flag word");
        for (int address : new int[] {65536, 514, 0}) {
            var e = assertThrows(ModuleRejectedException.class, () -> run(flagWaiter(address), ""), "address " + address);
            assertEquals("the module's weft_flag_address gave " + address + ", which is not an aligned word of its "
                    + "memory of 65536 bytes", e.getMessage());
        }
    }

    /**
     * A module whose word is at {@code address}: it takes the word three times
     * (set: cleared and counted), in a loop with a call that stores, as the
     * RTS's safepoint is, then prints ok.
     */
    private static byte[] flagWaiter(int address) throws Exception {
        return Wat.command("""
                (func $address (export "weft_flag_address") (result i32) (i32.const ADDRESS))
                (func $taken (result i32)
                  (if (result i32) (i32.load (call $address))
                    (then (i32.store (call $address) (i32.const 0)) (i32.const 1))
                    (else (i32.const 0))))
                (func (export "_start")
                  (local $n i32)
                  (loop $wait
                    (local.set $n (i32.add (local.get $n) (call $taken)))
                    (br_if $wait (i32.lt_u (local.get $n) (i32.const 3))))
                  (call $ok))
                """.replace("ADDRESS", Integer.toString(address)));
    }

    @Test
    void aCompiledWeftProgramMatchesItsGoldenOutput() {
        WeftPrograms.Compiled hello = WeftPrograms.compile("hello", "");
        RunOutcome o = engine().run(hello.module(), RunInput.of("hello.wasm"));
        assertOutcome(hello.program().expectedStdout(), hello.program().expectedStderr(), hello.program().expectedExit(), o);
        assertTrue(!o.stdout().isEmpty(), "hello prints something");
    }

    @Test
    void aCompiledWeftRuntimeErrorMatchesItsGoldenOutput() {
        WeftPrograms.Compiled p = WeftPrograms.compile("div_by_zero", "");
        RunOutcome o = engine().run(p.module(), RunInput.of("div_by_zero.wasm"));
        assertOutcome(p.program().expectedStdout(), p.program().expectedStderr(), p.program().expectedExit(), o);
    }

    @Test
    void sleepWaitsAtLeastItsMilliseconds() {
        WeftPrograms.Compiled p = WeftPrograms.compile("sleep", "");
        RunOutcome o = engine().run(p.module(), RunInput.of("sleep.wasm"));
        assertOutcome(p.program().expectedStdout(), p.program().expectedStderr(), p.program().expectedExit(), o);
        // The program sleeps 120 + 50 + 80 ms: a lower bound only, whatever the machine's load.
        assertTrue(o.time().toMillis() >= 250, () -> "the run took " + o.time().toMillis() + " ms, less than its sleeps");
    }
}
