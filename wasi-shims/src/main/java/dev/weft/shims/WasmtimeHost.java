package dev.weft.shims;

import dev.weft.shims.internal.DeepStack;
import dev.weft.shims.internal.HostStreams;
import dev.weft.shims.internal.SliceFlag;
import dev.weft.shims.internal.WasmtimeLibrary;
import dev.weft.shims.internal.WasmtimeTraps;
import io.github.kawamuray.wasmtime.Caller;
import io.github.kawamuray.wasmtime.Config;
import io.github.kawamuray.wasmtime.Engine;
import io.github.kawamuray.wasmtime.Extern;
import io.github.kawamuray.wasmtime.Func;
import io.github.kawamuray.wasmtime.FuncType;
import io.github.kawamuray.wasmtime.ImportType;
import io.github.kawamuray.wasmtime.Instance;
import io.github.kawamuray.wasmtime.Linker;
import io.github.kawamuray.wasmtime.Memory;
import io.github.kawamuray.wasmtime.Module;
import io.github.kawamuray.wasmtime.Store;
import io.github.kawamuray.wasmtime.Val;
import io.github.kawamuray.wasmtime.WasmFunctionError;
import io.github.kawamuray.wasmtime.WasmtimeException;
import io.github.kawamuray.wasmtime.wasi.WasiCtx;
import io.github.kawamuray.wasmtime.wasi.WasiCtxBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a WASI preview1 command module in-process on Wasmtime 7.0.1, through
 * the JNI binding wasmtime-java 0.19.0. No tail calls, no exception handling.
 *
 * <p>WASI comes from Wasmtime's own implementation, except the three functions
 * that touch the standard streams, {@code fd_write} and {@code fd_read} (and
 * {@code weft.memory_request}), which this host defines in Java: the binding
 * can give WASI only file paths, and it opens every one of them with Rust's
 * {@code File::create} (write-only, truncating), so a stdin file would be
 * emptied and unreadable; writing through Java also lets output reach the
 * invocation's streams as it is written. {@code proc_exit} is defined here
 * too: Wasmtime's refuses every status from 126 up ("exit with invalid exit
 * status outside of [0..126)") and ends the run as an error, where Chicory
 * and Node exit with it, so {@code exit(200)} differed (found by the
 * matrix). This one records the status and stops the run by throwing; the
 * run then ends with that status.
 *
 * <p>Wasmtime's trap kinds are mapped to the spec's names; see
 * {@code WasmtimeTraps}. The library is loaded from a fixed file under
 * {@code java.io.tmpdir}, which should be a private folder.
 *
 * <p>{@link RunResult#time()} covers compiling (Cranelift), instantiating
 * and running.
 */
public final class WasmtimeHost implements WasmHost {
    private static final String WASI = "wasi_snapshot_preview1";
    private static final int ERRNO_SUCCESS = 0;
    private static final int ERRNO_BADF = 8;
    private static final int ERRNO_FAULT = 21;
    private static final int ERRNO_IO = 29;

    /**
     * Wasmtime's limit on the native stack Wasm may use. Its default is 512 KiB;
     * Wasmtime 7 refuses more than its async stack size (2 MiB by default,
     * and wasmtime-java cannot change that) even when nothing runs async, so
     * 2 MiB it is: about 130,000 frames of a simple recursion, where Chicory's
     * 1 GiB thread goes hundreds of times deeper. Compiled Weft stops itself
     * before this runs out (the stack limit of docs/decisions/0020).
     */
    private static final long MAX_WASM_STACK = 2L << 20;

    /**
     * Wasmtime's static memory bound: a 32-bit memory is reserved at its full
     * 4 GiB when instantiated and grows in place, so its address never
     * changes. It is Wasmtime 7's default on 64-bit hosts, set here because
     * {@link Streams} keeps using a view of the memory taken earlier.
     */
    private static final long STATIC_MEMORY_BYTES = 4L << 30;

    /** How Wasmtime's message for a trap during instantiation begins. */
    private static final String EXECUTION_ERROR = "error while executing at wasm backtrace";

    /** What is reported for a trap in a start function, whose kind the binding loses. */
    public static final String START_FUNCTION_TRAP = "trap in the start function";

    private static Engine engine;

    private final long memoryLimitPages;

    public WasmtimeHost() {
        this(WeftImports.DEFAULT_MEMORY_LIMIT_PAGES);
    }

    public WasmtimeHost(long memoryLimitPages) {
        this.memoryLimitPages = memoryLimitPages;
    }

    /** Empty when Wasmtime's native library loads here; otherwise why not. */
    public static Optional<String> unavailable() {
        try {
            sharedEngine();
            return Optional.empty();
        } catch (HostUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * One engine for the JVM's runs without a timeout: it is thread-safe, and
     * its code has no epoch checks.
     */
    private static synchronized Engine sharedEngine() {
        WasmtimeLibrary.load();
        if (engine == null) engine = newEngine(false);
        return engine;
    }

    /**
     * An engine; with {@code epochs}, its code checks the engine's epoch at
     * function entries and loop back-edges and traps (INTERRUPT) once a
     * store's deadline has passed. A run with a timeout gets an engine of its
     * own, so that advancing the epoch stops that run alone: making one took
     * 12 microseconds here, beside the milliseconds Cranelift takes per module.
     */
    private static Engine newEngine(boolean epochs) {
        try (Config config = new Config()) {
            config.maxWasmStack(MAX_WASM_STACK);
            // Every 32-bit memory is reserved whole and never moves (Streams relies on it).
            config.staticMemoryMaximumSize(STATIC_MEMORY_BYTES);
            if (epochs) config.epochInterruption(true);
            return new Engine(config);
        }
    }

    /**
     * @throws TimedOutException when the invocation's timeout passed first:
     *     the engine's epoch is advanced, and the program traps at its next
     *     call or loop back-edge
     */
    @Override
    public RunResult run(byte[] module, Invocation invocation) {
        boolean timed = invocation.timeout().isPresent();
        WasmtimeLibrary.load();
        Engine own = timed ? newEngine(true) : sharedEngine();
        long start = System.nanoTime();
        Outcome[] outcome = new Outcome[1];
        boolean abandoned = false;
        try {
            DeepStack.run(() -> outcome[0] = runHere(own, timed, module, invocation), invocation.timeout(),
                    t -> own.incrementEpoch());
        } catch (TimedOutException e) {
            abandoned = !e.stopped();
            throw e;
        } finally {
            // A thread that did not stop may still use the engine: it is left to it.
            if (timed && !abandoned) own.close();
        }
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        HostStreams.flush(invocation.stdout());
        if (outcome[0].trap().isPresent()) {
            HostStreams.write(invocation.stderr(), ChicoryHost.TRAP_PREFIX + outcome[0].trap().get() + "\n");
        }
        HostStreams.flush(invocation.stderr());
        return new RunResult(outcome[0].exitCode(), outcome[0].trap(), time);
    }

    private record Outcome(int exitCode, Optional<String> trap) {}

    private Outcome runHere(Engine engine, boolean epochs, byte[] bytes, Invocation invocation) {
        Module module;
        try {
            module = new Module(engine, bytes);
        } catch (WasmtimeException e) {
            throw new ModuleRejectedException("Wasmtime rejected the module: " + firstLine(e), e);
        }
        WasiCtxBuilder wasiBuilder = new WasiCtxBuilder().args(invocation.argv());
        invocation.environment().forEach(wasiBuilder::env);
        try (module;
             Store<Void> store = new Store<>(null, engine, wasiBuilder.build());
             Linker linker = new Linker(engine)) {
            // The deadline is one epoch on: the engine's epoch moves only when the timeout passes.
            if (epochs) store.setEpochDeadline(1);
            WasiCtx.addToLinker(linker);
            Streams streams = new Streams(store, invocation);
            List<Extern> imports = new ArrayList<>();
            Instance instance = null;
            try {
                for (ImportType imp : module.imports()) {
                    imports.add(resolve(imp, store, linker, streams));
                }
                instance = new Instance(store, module, imports);
                streams.attach(instance);
                Func main = instance.getFunc(store, "_start").orElseThrow(() -> new ModuleRejectedException(
                        "not a WASI command: the module exports no _start function", null));
                try (main; SliceFlag flag = sliceFlag(store, instance)) {
                    main.call(store);
                }
                return new Outcome(0, Optional.empty());
            } catch (WasmFunctionError.I32ExitError e) {
                return new Outcome(e.exitCode(), Optional.empty());
            } catch (WasmFunctionError.TrapError | WasmtimeException e) {
                if (streams.exitStatus.isPresent()) return new Outcome(streams.exitStatus.get(), Optional.empty());
                if (e instanceof WasmFunctionError.TrapError trap) {
                    flushProgramOutput(store, instance);
                    return new Outcome(ChicoryHost.TRAP_EXIT_CODE, Optional.of(WasmtimeTraps.describe(trap.trap())));
                }
                if (instance == null && !firstLine(e).startsWith(EXECUTION_ERROR)) {
                    throw new ModuleRejectedException("Wasmtime could not instantiate the module: " + firstLine(e), e);
                }
                if (instance == null) {
                    // A trap in the module's start function: the binding turns
                    // instantiation errors into text and keeps only anyhow's
                    // outer context, so which trap it was is lost. Weft's
                    // modules have no start function; _start's traps are named.
                    return new Outcome(ChicoryHost.TRAP_EXIT_CODE, Optional.of(START_FUNCTION_TRAP));
                }
                // A failure that is not a Wasm trap, such as a host function's
                // exception, still ends the program as a trap does.
                flushProgramOutput(store, instance);
                return new Outcome(ChicoryHost.TRAP_EXIT_CODE, Optional.of(firstLine(e)));
            } finally {
                if (instance != null) instance.close();
                // The Java handles only; the functions live as long as the store.
                for (Extern e : imports) {
                    if (e.type() == Extern.Type.FUNC) e.func().close();
                }
                streams.close();
            }
        }
    }

    private Extern resolve(ImportType imp, Store<Void> store, Linker linker, Streams streams) {
        String module = imp.module();
        String name = imp.name();
        if (imp.type() == ImportType.Type.FUNC) {
            if (module.equals(WASI) && name.equals("fd_write")) {
                return Extern.fromFunc(func(store, 4, streams::fdWrite));
            }
            if (module.equals(WASI) && name.equals("fd_read")) {
                return Extern.fromFunc(func(store, 4, streams::fdRead));
            }
            if (module.equals(WASI) && name.equals("proc_exit")) {
                return Extern.fromFunc(new Func(store, new FuncType(new Val.Type[] {Val.Type.I32}, new Val.Type[0]),
                        (caller, values, results) -> {
                            streams.exitStatus = Optional.of(values[0].i32());
                            throw new ProcExit();
                        }));
            }
            if (module.equals(WeftImports.MODULE) && name.equals(WeftImports.MEMORY_REQUEST)) {
                return Extern.fromFunc(func(store, 1, (caller, args) -> memoryRequest(store, caller, args[0])));
            }
        }
        return linker.get(store, module, name).orElseThrow(() -> new ModuleRejectedException(
                "Wasmtime rejected the module: unknown import " + module + "." + name, null));
    }

    @FunctionalInterface
    private interface I32Handler {
        int call(Caller<Void> caller, int[] args);
    }

    /** A host function of {@code params} i32s returning one i32. */
    private static Func func(Store<Void> store, int params, I32Handler handler) {
        Val.Type[] types = new Val.Type[params];
        java.util.Arrays.fill(types, Val.Type.I32);
        return new Func(store, new FuncType(types, new Val.Type[] {Val.Type.I32}), (caller, values, results) -> {
            int[] args = new int[params];
            for (int i = 0; i < params; i++) args[i] = values[i].i32();
            results[0] = Val.fromI32(handler.call(caller, args));
        });
    }

    private int memoryRequest(Store<Void> store, Caller<Void> caller, int pages) {
        Optional<Memory> memory = caller.getExport(WeftImports.MEMORY_EXPORT).map(Extern::memory);
        if (memory.isEmpty()) return -1;
        try (Memory m = memory.get()) {
            return WeftImports.memoryRequest(m.size(store), pages, memoryLimitPages, delta -> {
                try {
                    return m.grow(store, delta);
                } catch (RuntimeException e) {
                    return -1; // Wasmtime refuses beyond the memory's maximum with an error, not -1
                }
            });
        }
    }

    /**
     * fd_write to 1 and 2, fd_read from 0, against the invocation's streams.
     *
     * <p>wasmtime-java shows a memory only as one {@link ByteBuffer} over all
     * of it, and a Java buffer ends at 2 GiB. Up to that size the view is
     * taken again at each call, since the memory may have grown; past it, the
     * last view taken stays in use. That is sound because the memory never
     * moves ({@link #STATIC_MEMORY_BYTES}), and it serves Weft's modules,
     * whose output buffers and iovecs are in the first pages. Data above the
     * view gives EFAULT, where a module could otherwise read or write it.
     */
    /** Thrown by proc_exit to stop the run; the binding reports it as an error, which the run reads as the exit. */
    private static final class ProcExit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProcExit() {
            super("proc_exit", null, false, false);
        }
    }

    private static final class Streams implements AutoCloseable {
        /** The status proc_exit was called with, once it was. */
        Optional<Integer> exitStatus = Optional.empty();
        private final Store<Void> store;
        private final Invocation invocation;
        private Memory memory;
        private ByteBuffer view;

        Streams(Store<Void> store, Invocation invocation) {
            this.store = store;
            this.invocation = invocation;
        }

        /** Takes a first view of the memory while it is small, before the program runs. */
        void attach(Instance instance) {
            if (memory == null) memory = instance.getMemory(store, WeftImports.MEMORY_EXPORT).orElse(null);
            if (memory != null) view();
        }

        @Override
        public void close() {
            if (memory != null) memory.close();
        }

        private ByteBuffer memory(Caller<Void> caller) {
            if (memory == null) {
                memory = caller.getExport(WeftImports.MEMORY_EXPORT).map(Extern::memory).orElse(null);
                if (memory == null) return null;
            }
            return view();
        }

        private ByteBuffer view() {
            if (view == null || memory.dataSize(store) <= Integer.MAX_VALUE) {
                view = memory.buffer(store).order(ByteOrder.LITTLE_ENDIAN);
            }
            return view;
        }

        int fdWrite(Caller<Void> caller, int[] args) {
            int fd = args[0];
            OutputStream out = fd == 1 ? invocation.stdout() : fd == 2 ? invocation.stderr() : null;
            if (out == null) return ERRNO_BADF;
            ByteBuffer mem = memory(caller);
            if (mem == null) return ERRNO_FAULT;
            try {
                long written = 0;
                for (int i = 0; i < args[2]; i++) {
                    int iov = args[1] + 8 * i;
                    int ptr = mem.getInt(iov);
                    int len = mem.getInt(iov + 4);
                    byte[] chunk = new byte[len];
                    mem.get(ptr, chunk);
                    out.write(chunk);
                    written += len;
                }
                mem.putInt(args[3], (int) written);
                return ERRNO_SUCCESS;
            } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
                return ERRNO_FAULT;
            } catch (IOException e) {
                return ERRNO_IO;
            }
        }

        /** One read of the stream, as read(2) would, scattered over the iovecs. */
        int fdRead(Caller<Void> caller, int[] args) {
            if (args[0] != 0) return ERRNO_BADF;
            ByteBuffer mem = memory(caller);
            if (mem == null) return ERRNO_FAULT;
            try {
                long capacity = 0;
                for (int i = 0; i < args[2]; i++) capacity += Integer.toUnsignedLong(mem.getInt(args[1] + 8 * i + 4));
                byte[] data = new byte[(int) Math.min(capacity, 1 << 16)];
                int n = data.length == 0 ? 0 : invocation.stdin().read(data);
                if (n < 0) n = 0;
                int done = 0;
                for (int i = 0; i < args[2] && done < n; i++) {
                    int iov = args[1] + 8 * i;
                    int len = Math.min(mem.getInt(iov + 4), n - done);
                    mem.put(mem.getInt(iov), data, done, len);
                    done += len;
                }
                mem.putInt(args[3], n);
                return ERRNO_SUCCESS;
            } catch (IndexOutOfBoundsException e) {
                return ERRNO_FAULT;
            } catch (IOException e) {
                return ERRNO_IO;
            }
        }
    }

    /**
     * switch=flag: the word the module's weft_flag_address gives, set every
     * slice from another thread through a view of the memory taken here, on
     * the store's own thread (the store is not for other threads). The view
     * stays valid because the memory never moves ({@link #STATIC_MEMORY_BYTES});
     * the flag is closed, its thread ended, before the store is. Null when the
     * module exports no such function.
     */
    private static SliceFlag sliceFlag(Store<Void> store, Instance instance) {
        Optional<Func> export = instance.getFunc(store, WeftImports.FLAG_ADDRESS_EXPORT);
        if (export.isEmpty()) return null;
        int address;
        try (Func f = export.get()) {
            Val[] results = f.call(store);
            if (results.length != 1 || results[0].getType() != Val.Type.I32) {
                throw new ModuleRejectedException("the module's " + WeftImports.FLAG_ADDRESS_EXPORT
                        + " does not return one i32", null);
            }
            address = results[0].i32();
        }
        Optional<Memory> memory = instance.getMemory(store, WeftImports.MEMORY_EXPORT);
        if (memory.isEmpty()) {
            throw new ModuleRejectedException("the module exports " + WeftImports.FLAG_ADDRESS_EXPORT
                    + " but no memory for the flag word to be in", null);
        }
        try (Memory m = memory.get()) {
            ByteBuffer view = m.buffer(store).order(ByteOrder.LITTLE_ENDIAN);
            return SliceFlag.start(address, view.capacity(), at -> view.putInt(at, 1));
        }
    }

    /** After a trap, the program's exported weft_flush writes out what it buffered (see ChicoryHost). */
    private static void flushProgramOutput(Store<Void> store, Instance instance) {
        if (instance == null) return;
        try {
            Optional<Func> flush = instance.getFunc(store, "weft_flush");
            if (flush.isEmpty()) return;
            try (Func f = flush.get()) {
                f.call(store);
            }
        } catch (RuntimeException ignored) {
            // The flush itself failed: the trap is what gets reported.
        }
    }

    private static String firstLine(Throwable e) {
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse("").strip();
    }

}
