package dev.weft.matrix.engines;

import dev.weft.features.FeatureVector;
import dev.weft.shims.EngineCrashedException;
import dev.weft.shims.Invocation;
import dev.weft.shims.RunResult;
import dev.weft.shims.TimedOutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A WebAssembly engine that runs WASI command modules, as Binaryen's fuzz_opt.py
 * VMs: a name, what it can do, whether it can run a vector, and a run.
 *
 * <p>Every engine reports alike, so that outcomes compare: exit 0 or
 * proc_exit's code; after a trap, the module's {@code weft_flush}, one stderr
 * line {@code runtime error: wasm trap: <spec name>} and exit 134 (see
 * {@link dev.weft.shims.WasmHost}). The registry is {@link Engines}.
 */
public interface Engine {
    String name();

    /** Host capabilities, such as "tail-call". */
    Set<String> capabilities();

    /** Empty when the engine can start on this machine; otherwise why not (say, no node on the PATH). */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    /** Empty when the engine can run modules built with the vector; otherwise why not. */
    default Optional<String> cannotRun(FeatureVector vector) {
        Optional<String> missing = unavailable();
        if (missing.isPresent()) return missing;
        for (String needed : vector.requiredCapabilities()) {
            if (!capabilities().contains(needed)) {
                return Optional.of(name() + " lacks the capability " + needed + " that " + vector + " needs");
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a module to completion, or until the input's timeout stops it,
     * capturing its output. A run stopped at the timeout is an outcome
     * ({@link Unfinished.TimedOut}); an engine that fails may throw, and the
     * matrix reports what it threw on the cell.
     */
    RunOutcome run(byte[] module, RunInput input);

    /**
     * Runs a module with the invocation's streams, as {@code weft run} does.
     * Engines built on a {@link dev.weft.shims.WasmHost} pass output through
     * as it is written; this fallback reads all of stdin first and writes the
     * output when the run is over.
     */
    default RunResult run(byte[] module, Invocation invocation) {
        try {
            byte[] stdin = invocation.stdin().readAllBytes();
            RunOutcome o = run(module, new RunInput(invocation.programName(), invocation.arguments(), stdin,
                    invocation.timeout()));
            invocation.stdout().write(o.stdout().getBytes(StandardCharsets.UTF_8));
            invocation.stdout().flush();
            invocation.stderr().write(o.stderr().getBytes(StandardCharsets.UTF_8));
            invocation.stderr().flush();
            switch (o.unfinished().orElse(null)) {
                case null -> {}
                case Unfinished.TimedOut t -> throw new TimedOutException(t.limit(), t.stopped());
                case Unfinished.Crashed c -> throw new EngineCrashedException(c.what(), null);
            }
            Optional<String> trap = o.exitCode() == RunOutcome.TRAP_EXIT_CODE
                    ? o.stderr().lines().filter(l -> l.startsWith(RunOutcome.TRAP_PREFIX))
                            .reduce((a, b) -> b).map(l -> l.substring(RunOutcome.TRAP_PREFIX.length()))
                    : Optional.empty();
            return new RunResult(o.exitCode(), trap, o.time());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Captures a streaming run: what {@link HostEngine} and test doubles share.
     * A run stopped at its timeout, or whose engine died, keeps what it wrote
     * until then.
     */
    static RunOutcome captured(RunInput input, java.util.function.Function<Invocation, RunResult> run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = Invocation.of(input.programName(), input.arguments(),
                new java.io.ByteArrayInputStream(input.stdin()), out, err).withTimeout(input.timeout());
        long start = System.nanoTime();
        try {
            RunResult result = run.apply(invocation);
            return new RunOutcome(text(out), text(err), result.exitCode(), result.time());
        } catch (TimedOutException e) {
            return RunOutcome.timedOut(text(out), text(err), java.time.Duration.ofNanos(System.nanoTime() - start),
                    new Unfinished.TimedOut(e.limit(), e.stopped()));
        } catch (EngineCrashedException e) {
            // What the dying engine wrote (V8's fatal error, say) is the crash's details.
            return RunOutcome.crashed(text(out), text(err), java.time.Duration.ofNanos(System.nanoTime() - start),
                    new Unfinished.Crashed(e.getMessage(), text(err)));
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
