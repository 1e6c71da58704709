package dev.weft.shims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ChicoryHostTest {
    /** Imports and a data segment most test modules share. */
    private static final String WASI = """
              (import "wasi_snapshot_preview1" "fd_write"
                (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_read"
                (func $fd_read (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (import "wasi_snapshot_preview1" "args_sizes_get"
                (func $args_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
              (memory (export "memory") 1)
              ;; write(fd, ptr, len) through one iovec at 0, nwritten at 8
              (func $write (param $fd i32) (param $ptr i32) (param $len i32)
                (i32.store (i32.const 0) (local.get $ptr))
                (i32.store (i32.const 4) (local.get $len))
                (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))
              (data (i32.const 100) "hi\\n")
            """;

    private final ChicoryHost host = new ChicoryHost();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream javaErr = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void watchJavaStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(javaErr, true, UTF_8));
    }

    @AfterEach
    void nothingOnJavaStderr() {
        System.setErr(savedErr);
        assertEquals("", javaErr.toString(UTF_8), "Chicory must not log to the JVM's stderr");
    }

    private RunResult run(byte[] module, String stdin, String... args) {
        var inv = Invocation.of("prog", List.of(args), new ByteArrayInputStream(stdin.getBytes(UTF_8)), out, err);
        return host.run(module, inv);
    }

    private static byte[] command(String body) throws Exception {
        return Wat.compile("(module\n" + WASI + body + ")\n");
    }

    @Test
    void printsHiAndExitsZeroWhenStartReturns() throws Exception {
        byte[] m = command("""
                (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3)))
                """);
        RunResult r = run(m, "");
        assertEquals(0, r.exitCode());
        assertEquals(Optional.empty(), r.trap());
        assertEquals("hi\n", out.toString(UTF_8));
        assertEquals("", err.toString(UTF_8));
    }

    @Test
    void writesToStderr() throws Exception {
        byte[] m = command("""
                (func (export "_start") (call $write (i32.const 2) (i32.const 100) (i32.const 3)))
                """);
        assertEquals(0, run(m, "").exitCode());
        assertEquals("", out.toString(UTF_8));
        assertEquals("hi\n", err.toString(UTF_8));
    }

    @Test
    void procExitGivesTheExitCode() throws Exception {
        byte[] m = command("""
                (func (export "_start")
                  (call $write (i32.const 1) (i32.const 100) (i32.const 3))
                  (call $proc_exit (i32.const 3))
                  unreachable)
                """);
        RunResult r = run(m, "");
        assertEquals(3, r.exitCode());
        assertFalse(r.trapped());
        assertEquals("hi\n", out.toString(UTF_8));
        assertEquals("", err.toString(UTF_8));
    }

    @Test
    void procExitZeroIsSuccess() throws Exception {
        byte[] m = command("""
                (func (export "_start") (call $proc_exit (i32.const 0)) unreachable)
                """);
        RunResult r = run(m, "");
        assertEquals(0, r.exitCode());
        assertFalse(r.trapped());
    }

    @Test
    void handBuiltModuleNeedsNoWabt() {
        RunResult r = run(HandBuilt.PROC_EXIT_3, "");
        assertEquals(3, r.exitCode());
        assertEquals("", out.toString(UTF_8) + err.toString(UTF_8));
    }

    @Test
    void handBuiltModuleMatchesWat2wasm() throws Exception {
        byte[] m = Wat.compile("""
                (module
                  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
                  (func (export "_start") (call $proc_exit (i32.const 3))))
                """);
        assertArrayEquals(m, HandBuilt.PROC_EXIT_3);
    }

    @Test
    void unreachableIsATrapWithOneLineOnStderr() throws Exception {
        byte[] m = command("""
                (func (export "_start") (call $write (i32.const 1) (i32.const 100) (i32.const 3)) unreachable)
                """);
        RunResult r = run(m, "");
        assertEquals(ChicoryHost.TRAP_EXIT_CODE, r.exitCode());
        assertEquals(134, r.exitCode());
        assertEquals(Optional.of("unreachable"), r.trap());
        assertEquals("hi\n", out.toString(UTF_8), "output before the trap is kept");
        assertEquals("runtime error: wasm trap: unreachable\n", err.toString(UTF_8));
    }

    @Test
    void aTrapFlushesWhatTheProgramBufferedThroughWeftFlush() throws Exception {
        // The program "buffers" by remembering a length in a global; weft_flush writes it out.
        byte[] m = command("""
                (global $pending (mut i32) (i32.const 0))
                (func $flush (export "weft_flush")
                  (call $write (i32.const 1) (i32.const 100) (global.get $pending))
                  (global.set $pending (i32.const 0)))
                (func (export "_start") (global.set $pending (i32.const 3)) unreachable)
                """);
        RunResult r = run(m, "");
        assertEquals(134, r.exitCode());
        assertEquals("hi\n", out.toString(UTF_8), "what was buffered before the trap is written");
        assertEquals("runtime error: wasm trap: unreachable\n", err.toString(UTF_8));
    }

    @Test
    void outOfBoundsLoadIsATrap() throws Exception {
        byte[] m = command("""
                (func (export "_start") (drop (i32.load (i32.const 70000))))
                """);
        RunResult r = run(m, "");
        assertEquals(134, r.exitCode());
        assertEquals("runtime error: wasm trap: out of bounds memory access\n", err.toString(UTF_8));
    }

    @Test
    void divideByZeroIsATrap() throws Exception {
        byte[] m = command("""
                (func (export "_start") (drop (i32.div_s (i32.const 1) (i32.const 0))))
                """);
        RunResult r = run(m, "");
        assertEquals(134, r.exitCode());
        assertEquals("runtime error: wasm trap: integer divide by zero\n", err.toString(UTF_8));
    }

    @Test
    void trapInTheStartFunctionIsATrapToo() throws Exception {
        byte[] m = command("""
                (func $init unreachable)
                (start $init)
                (func (export "_start"))
                """);
        RunResult r = run(m, "");
        assertEquals(134, r.exitCode());
        assertTrue(err.toString(UTF_8).startsWith("runtime error: wasm trap: "), err.toString(UTF_8));
        assertEquals(1, err.toString(UTF_8).lines().count());
    }

    @Test
    @Timeout(120)
    void unboundedRecursionIsATrap() throws Exception {
        byte[] m = command("""
                (func $f (param i32) (result i32) (i32.add (call $f (local.get 0)) (i32.const 1)))
                (func (export "_start") (drop (call $f (i32.const 0))))
                """);
        RunResult r = run(m, "");
        assertEquals(134, r.exitCode());
        assertEquals(Optional.of("call stack exhausted"), r.trap());
        assertEquals("runtime error: wasm trap: call stack exhausted\n", err.toString(UTF_8));
    }

    @Test
    void argvStartsWithTheProgramName() throws Exception {
        // argc at 200, buffer size at 204, pointers at 300, strings at 1000;
        // prints the NUL-separated strings as they are.
        byte[] m = command("""
                (func (export "_start")
                  (drop (call $args_sizes_get (i32.const 200) (i32.const 204)))
                  (drop (call $args_get (i32.const 300) (i32.const 1000)))
                  (call $write (i32.const 1) (i32.const 1000) (i32.load (i32.const 204)))
                  (call $proc_exit (i32.load (i32.const 200))))
                """);
        RunResult r = run(m, "", "a", "b c");
        assertEquals(3, r.exitCode(), "argc");
        assertEquals("prog\0a\0b c\0", out.toString(UTF_8));
    }

    @Test
    void stdinReachesTheProgram() throws Exception {
        // echo: one read of up to 64 bytes into 1000, then write them back.
        byte[] m = command("""
                (func (export "_start")
                  (i32.store (i32.const 400) (i32.const 1000))
                  (i32.store (i32.const 404) (i32.const 64))
                  (drop (call $fd_read (i32.const 0) (i32.const 400) (i32.const 1) (i32.const 408)))
                  (call $write (i32.const 1) (i32.const 1000) (i32.load (i32.const 408))))
                """);
        assertEquals(0, run(m, "ping\n").exitCode());
        assertEquals("ping\n", out.toString(UTF_8));
    }

    @Test
    void moduleWithoutStartIsRejected() throws Exception {
        byte[] m = Wat.compile("(module (func (export \"main\")))");
        var e = assertThrows(ModuleRejectedException.class, () -> run(m, ""));
        assertEquals("not a WASI command: the module exports no _start function", e.getMessage());
    }

    @Test
    void malformedBytesAreRejected() {
        byte[] junk = {0, 'a', 's', 'm', 9, 9, 9, 9};
        var e = assertThrows(ModuleRejectedException.class, () -> run(junk, ""));
        assertTrue(e.getMessage().startsWith("Chicory rejected the module: "), e.getMessage());
    }

    @Test
    void missingImportIsRejected() throws Exception {
        byte[] m = Wat.compile("""
                (module (import "env" "nope" (func)) (func (export "_start") (call 0)))
                """);
        var e = assertThrows(ModuleRejectedException.class, () -> run(m, ""));
        assertTrue(e.getMessage().startsWith("Chicory rejected the module: "), e.getMessage());
    }
}
