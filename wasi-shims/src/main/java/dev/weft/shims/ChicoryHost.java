package dev.weft.shims;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
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
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.ValType;
import dev.weft.shims.internal.DeepStack;
import dev.weft.shims.internal.SilentLogger;
import dev.weft.shims.internal.SliceFlag;
import dev.weft.shims.internal.Traps;
import dev.weft.shims.internal.HostStreams;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a WASI preview1 command module in-process on Chicory: its interpreter
 * ({@link #interpreter()}, also {@code new ChicoryHost()}) or its compiler to
 * JVM bytecode ({@link #compiler()}).
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
public final class ChicoryHost implements WasmHost {
    /**
     * The exit code of a run that trapped: 128 + SIGABRT, what a shell reports
     * for an aborted native process and what the wasmtime CLI exits with on a
     * trap, so that engines agree.
     */
    public static final int TRAP_EXIT_CODE = 134;

    /** The prefix of the one line a trap prints on stderr. */
    public static final String TRAP_PREFIX = "runtime error: wasm trap: ";

    /** How Chicory executes the module's code. */
    public enum Execution {
        /** Chicory's interpreter: starts at once, runs slowly. */
        INTERPRETER,
        /**
         * Chicory's compiler, Wasm to JVM bytecode at instantiation; functions
         * too large for a JVM method fall back to the interpreter silently.
         */
        COMPILER
    }

    private final Execution execution;
    private final long memoryLimitPages;

    /** The interpreter, with the default host memory limit. */
    public ChicoryHost() {
        this(Execution.INTERPRETER, WeftImports.DEFAULT_MEMORY_LIMIT_PAGES);
    }

    /**
     * @param memoryLimitPages the most pages {@code weft.memory_request} lets the memory reach
     */
    public ChicoryHost(Execution execution, long memoryLimitPages) {
        this.execution = java.util.Objects.requireNonNull(execution, "execution");
        this.memoryLimitPages = memoryLimitPages;
    }

    public static ChicoryHost interpreter() {
        return new ChicoryHost();
    }

    public static ChicoryHost compiler() {
        return new ChicoryHost(Execution.COMPILER, WeftImports.DEFAULT_MEMORY_LIMIT_PAGES);
    }

    public Execution execution() {
        return execution;
    }

    /**
     * Parses, instantiates and runs {@code module}'s {@code _start}.
     *
     * @throws ModuleRejectedException when Chicory refuses the module before it
     *     runs: malformed, invalid, missing imports or no {@code _start} export
     * @throws TimedOutException when the invocation's timeout passed first
     * @throws UncheckedIOException when the standard streams fail to flush
     */
    @Override
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
            var imports = ImportValues.builder().addFunction(wasi.toHostFunctions());
            if (importsMemoryRequest(parsed)) imports.addFunction(memoryRequest());
            Instance[] instance = new Instance[1];
            try {
                var builder = Instance.builder(parsed)
                        .withImportValues(imports.build())
                        .withMemoryFactory(ByteArrayMemory::new)
                        .withStart(false); // _start is called below, where its traps are ours to report
                if (execution == Execution.COMPILER) builder.withMachineFactory(compiled(parsed));
                // Instantiation runs on the deep stack too: the compiler's
                // class generation and a module's start function both recurse.
                // Chicory polls the thread's interrupt flag at calls and loop
                // back-edges, so an interrupt stops the program at the timeout.
                boolean flagged = exportsFunction(parsed, WeftImports.FLAG_ADDRESS_EXPORT);
                DeepStack.run(() -> {
                    instance[0] = builder.build();
                    try (SliceFlag flag = flagged ? sliceFlag(instance[0]) : null) {
                        instance[0].export("_start").apply();
                    }
                }, invocation.timeout(), Thread::interrupt);
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
        HostStreams.flush(invocation.stdout());
        if (trap.isPresent()) {
            HostStreams.write(invocation.stderr(), TRAP_PREFIX + trap.get() + "\n");
        }
        HostStreams.flush(invocation.stderr());
        return new RunResult(exitCode, trap, time);
    }

    /**
     * The compiled machine for the whole module, made before instantiation.
     * The interpreter fallback is silent: a warning would reach the JVM's
     * stderr, which under {@code weft run} is the program's.
     */
    private static Function<Instance, Machine> compiled(WasmModule parsed) {
        return MachineFactoryCompiler.builder(parsed)
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .compile();
    }

    /**
     * switch=flag: the word the module's weft_flag_address gives, set every
     * slice from another thread through Chicory's memory (its first page's
     * array stays the same when the memory grows).
     */
    private static SliceFlag sliceFlag(Instance instance) {
        long[] results = instance.export(WeftImports.FLAG_ADDRESS_EXPORT).apply();
        if (results == null || results.length != 1) {
            throw new ModuleRejectedException("the module's " + WeftImports.FLAG_ADDRESS_EXPORT
                    + " does not return one i32", null);
        }
        int address = (int) results[0];
        var memory = instance.memory();
        if (memory == null) {
            throw new ModuleRejectedException("the module exports " + WeftImports.FLAG_ADDRESS_EXPORT
                    + " but no memory for the flag word to be in", null);
        }
        return SliceFlag.start(address, (long) memory.pages() * PAGE_BYTES, at -> memory.writeI32(at, 1));
    }

    private static final int PAGE_BYTES = 65536;

    private static boolean exportsFunction(WasmModule parsed, String name) {
        var exports = parsed.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            var export = exports.getExport(i);
            if (export.name().equals(name) && export.exportType() == ExternalType.FUNCTION) return true;
        }
        return false;
    }

    private static boolean importsMemoryRequest(WasmModule parsed) {
        var imports = parsed.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            var imp = imports.getImport(i);
            if (imp instanceof FunctionImport && imp.module().equals(WeftImports.MODULE)
                    && imp.name().equals(WeftImports.MEMORY_REQUEST)) {
                return true;
            }
        }
        return false;
    }

    /** {@code weft.memory_request}: grows the instance's exported memory on the program's behalf. */
    private HostFunction memoryRequest() {
        return new HostFunction(WeftImports.MODULE, WeftImports.MEMORY_REQUEST, List.of(ValType.I32), List.of(ValType.I32),
                (inst, args) -> {
                    var memory = inst.exports().memory(WeftImports.MEMORY_EXPORT);
                    int previous = WeftImports.memoryRequest(memory.pages(), (int) args[0], memoryLimitPages, memory::grow);
                    return new long[] {previous};
                });
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

}
