package dev.weft.matrix.fuzz;

import com.dylibso.chicory.wasm.Parser;
import dev.weft.backend.BuildException;
import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.SourceReader;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.fuzz.Outcome.Stage;
import dev.weft.shims.ChicoryHost;
import dev.weft.shims.ModuleRejectedException;
import java.time.Duration;
import java.util.Optional;

/**
 * The whole toolchain on one input, in-process, as the {@code weft} command
 * runs it: the bytes decoded as the CLI decodes a file ({@link SourceReader}), then {@code check},
 * then {@code build}, the module loaded by Chicory's parser (which validates
 * it), and optionally a run on Chicory's interpreter. Every stage's results
 * are judged by the rules that make a failure:
 *
 * <ul>
 *   <li>an exception or error out of any stage (a {@link BuildException} is a
 *       message for the user, not a failure);
 *   <li>a diagnostic whose position is not in its file (it prints as
 *       {@code file:0:0}, or points at no line), or that does not render;
 *   <li>a result that disagrees with the diagnostics: a typed program with
 *       errors, no program and no error, a build that fails silently;
 *   <li>a module Chicory refuses: our backend wrote invalid Wasm.
 * </ul>
 *
 * A run may end any way the program likes (exit codes, traps, runtime errors)
 * and is stopped at its bound without blame; only the engine refusing the
 * module or throwing is a failure.
 */
public final class Pipeline implements Target {
    /**
     * 1,024 pages (64 MiB) for a run: a mutant that allocates in a loop stops with
     * Weft's out-of-memory error long before the JVM's heap is in danger.
     */
    static final long RUN_MEMORY_PAGES = 1_024;

    private final FeatureVector vector;
    private final Optional<Duration> runBound;
    private final ChicoryHost host = new ChicoryHost(ChicoryHost.Execution.INTERPRETER, RUN_MEMORY_PAGES);

    /**
     * @param vector what to build with (the fuzzer's default is opt=0: wasm-opt is a process per build)
     * @param runBound how long a built mutant may run on Chicory; empty for no run
     */
    public Pipeline(FeatureVector vector, Optional<Duration> runBound) {
        this.vector = vector;
        this.runBound = runBound;
    }

    /** The most time {@link #run} spends running a module, to add to a case's bound. */
    public Duration runAllowance() {
        return runBound.orElse(Duration.ZERO);
    }

    /**
     * One small program through every stage, untimed: a JVM's first compile loads
     * classes and runs unoptimised code for a second or more, which is not a hang.
     */
    public void warmUp() {
        run("warm-up.weft", "main() = println(\"${[1, 2] == [1, 2]}\")\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public Outcome run(String name, byte[] input) {
        Diagnostics read = new Diagnostics();
        Optional<SourceFile> decoded;
        try {
            decoded = SourceReader.decode(name, input, read);
        } catch (Throwable t) {
            return failed(Failure.thrown("decode", t));
        }
        Optional<Failure> unread = DiagnosticRules.judge("decode", read, decoded.isPresent());
        if (unread.isPresent()) return failed(unread.get());
        if (decoded.isEmpty()) return new Outcome.Passed(Stage.DIAGNOSED);
        SourceFile source = decoded.get();
        Diagnostics checked = new Diagnostics();
        Optional<TypedProgram> typed;
        try {
            typed = Compiler.check(source, checked);
        } catch (Throwable t) {
            return failed(Failure.thrown("check", t));
        }
        Optional<Failure> wrong = DiagnosticRules.judge("check", checked, typed.isPresent());
        if (wrong.isPresent()) return failed(wrong.get());
        if (typed.isEmpty()) return new Outcome.Passed(Stage.DIAGNOSED);

        Diagnostics built = new Diagnostics();
        Optional<byte[]> module;
        try {
            module = Compiler.compile(source, vector, built);
        } catch (BuildException e) {
            return new Outcome.Passed(Stage.BUILD_DIAGNOSED);
        } catch (Throwable t) {
            return failed(Failure.thrown("build", t));
        }
        wrong = DiagnosticRules.judge("build", built, module.isPresent());
        if (wrong.isPresent()) return failed(wrong.get());
        if (module.isEmpty()) return new Outcome.Passed(Stage.BUILD_DIAGNOSED);

        try {
            Parser.parse(module.get());
        } catch (Throwable t) {
            return failed(new Failure("validate: Chicory refuses the module: " + t.getClass().getName(),
                    "the built module does not load: " + t, Failure.thrown("validate", t).detail()));
        }
        return runBound.isPresent() ? execute(name, module.get(), runBound.get()) : new Outcome.Passed(Stage.BUILT);
    }

    private Outcome execute(String name, byte[] module, Duration bound) {
        Bounded.Result<RunOutcome> result = Bounded.call("weft-fuzz-run",
                () -> Engine.captured(RunInput.of(name), invocation -> host.run(module, invocation)), bound, true);
        return switch (result) {
            case Bounded.Result.Done<RunOutcome> done -> new Outcome.Passed(Stage.RAN);
            case Bounded.Result.TimedOut<RunOutcome> late -> new Outcome.Passed(Stage.RAN_LONG);
            case Bounded.Result.Threw<RunOutcome> threw when threw.thrown() instanceof ModuleRejectedException e ->
                    failed(new Failure("run: Chicory refuses the module",
                            "the built module does not run: " + e.getMessage(), Failure.thrown("run", e).detail()));
            case Bounded.Result.Threw<RunOutcome> threw -> failed(Failure.thrown("run", threw.thrown()));
        };
    }

    private static Outcome failed(Failure f) {
        return new Outcome.Failed(f);
    }
}
