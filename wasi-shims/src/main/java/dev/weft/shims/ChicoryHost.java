package dev.weft.shims;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.UnlinkableException;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import dev.weft.shims.internal.SilentLogger;
import dev.weft.shims.internal.Traps;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs a WASI preview1 command module in-process on Chicory's interpreter.
 *
 * <p>Exit codes: 0 when {@code _start} returns; {@code n} after
 * {@code proc_exit(n)}; {@value #TRAP_EXIT_CODE} when the module traps
 * (unreachable, out-of-bounds access, integer divide by zero, call stack
 * exhausted, ...). On a trap the host writes one line to the program's stderr,
 * {@code runtime error: wasm trap: <what>}, and no Java stack trace escapes.
 *
 * <p>Linear memory is Chicory's {@link ByteArrayMemory}: measured here 1.4 to
 * 2 times faster than its default {@code ByteBufferMemory}.
 *
 * <p>A host is stateless; one may run many modules, one after another or at
 * the same time.
 */
public final class ChicoryHost {
    /**
     * The exit code of a run that trapped: 128 + SIGABRT, what a shell reports
     * for an aborted native process and what the wasmtime CLI exits with on a
     * trap, so that engines agree.
     */
    public static final int TRAP_EXIT_CODE = 134;

    /** The prefix of the one line a trap prints on stderr. */
    public static final String TRAP_PREFIX = "runtime error: wasm trap: ";

    /**
     * Parses, instantiates and runs {@code module}'s {@code _start}.
     *
     * @throws ModuleRejectedException when Chicory refuses the module before it
     *     runs: malformed, invalid, missing imports or no {@code _start} export
     * @throws UncheckedIOException when the standard streams fail to flush
     */
    public RunResult run(byte[] module, Invocation invocation) {
        WasmModule parsed = parse(module);
        var options = WasiOptions.builder()
                .withArguments(invocation.argv())
                .withStdin(invocation.stdin(), false)
                .withStdout(invocation.stdout(), false)
                .withStderr(invocation.stderr(), false);
        invocation.environment().forEach(options::withEnvironment);

        long start = System.nanoTime();
        int exitCode;
        Optional<String> trap = Optional.empty();
        try (var wasi = WasiPreview1.builder().withLogger(new SilentLogger()).withOptions(options.build()).build()) {
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
            Instance[] instance = new Instance[1];
            try {
                instance[0] = Instance.builder(parsed)
                        .withImportValues(imports)
                        .withMemoryFactory(ByteArrayMemory::new)
                        .withStart(false) // _start is called below, where its traps are ours to report
                        .build();
                onDeepStack(() -> instance[0].export("_start").apply());
                exitCode = 0;
            } catch (WasiExitException e) {
                exitCode = e.exitCode();
            } catch (UnlinkableException | InvalidException | MalformedException e) {
                throw new ModuleRejectedException("Chicory rejected the module: " + e.getMessage(), e);
            } catch (ChicoryException | StackOverflowError e) {
                // Every other ChicoryException is a trap: TrapException,
                // WasmRuntimeException ("integer divide by zero", ...),
                // UninstantiableException (a trap in the start function or an
                // out-of-bounds data segment) and "call stack exhausted".
                trap = Optional.of(Traps.describe(e));
                exitCode = TRAP_EXIT_CODE;
                flushProgramOutput(instance[0]);
            }
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        flush(invocation.stdout());
        if (trap.isPresent()) {
            write(invocation.stderr(), TRAP_PREFIX + trap.get() + "\n");
        }
        flush(invocation.stderr());
        return new RunResult(exitCode, trap, time);
    }

    /**
     * The Wasm call depth Chicory's interpreter reaches is bounded by the Java
     * stack: about 1,300 Weft calls on a default 1 MiB thread stack. Running on
     * a thread with a 1 GiB stack (reserved, not committed, until used) lets
     * ordinary non-tail recursion go as deep as on other engines.
     */
    private static final long STACK_BYTES = 1L << 30;

    private static void onDeepStack(Runnable body) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "weft-wasm", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            throw new IllegalStateException("interrupted while the program ran", e);
        }
        switch (failure[0]) {
            case null -> {}
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure[0]);
        }
    }

    /**
     * After a trap, what the program printed may still sit in the RTS's output
     * buffer; its exported {@code weft_flush} writes it out so that nothing the
     * program printed before the trap is lost. Modules without it are left alone.
     */
    private static void flushProgramOutput(Instance instance) {
        if (instance == null) return;
        try {
            instance.export("weft_flush").apply();
        } catch (RuntimeException | StackOverflowError ignored) {
            // No such export, or the flush itself failed: the trap is what gets reported.
        }
    }

    private static WasmModule parse(byte[] module) {
        WasmModule parsed;
        try {
            parsed = Parser.parse(module);
        } catch (ChicoryException e) {
            throw new ModuleRejectedException("Chicory rejected the module: " + e.getMessage(), e);
        }
        var exports = parsed.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            var export = exports.getExport(i);
            if (export.name().equals(Instance.START_FUNCTION_NAME) && export.exportType() == ExternalType.FUNCTION) {
                return parsed;
            }
        }
        throw new ModuleRejectedException("not a WASI command: the module exports no _start function", null);
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
