package dev.weft.matrix.internal.run;

import dev.weft.backend.BuildException;
import dev.weft.backend.Compiler;
import dev.weft.backend.core.CoreProgram;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.SourceReader;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.engines.Unfinished;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A program compiled with one vector, once, to be run on any number of
 * engines. A program that does not compile runs everywhere as its
 * diagnostics on stderr and exit code 1, as {@code weft run} prints them, so
 * compile errors are compared like any other behaviour.
 *
 * @param module the bytes, or empty when compilation failed
 * @param diagnostics the rendered diagnostics (warnings too), in source order
 */
public record Compiled(String programName, Optional<byte[]> module, String diagnostics, int failureExit) {
    /** What {@code weft run} exits with when the program has errors. */
    public static final int COMPILE_ERROR_EXIT = 1;

    /** What {@code weft run} exits with on an internal compiler error. */
    public static final int INTERNAL_ERROR_EXIT = 3;

    public static Compiled compile(String displayName, String programName, String text, FeatureVector vector) {
        return compile(displayName, programName, text, List.of(vector)).get(0);
    }

    /** One vector's build of a source file's bytes. */
    public static Compiled compile(String displayName, String programName, byte[] source, FeatureVector vector) {
        return compile(displayName, programName, source, List.of(vector)).get(0);
    }

    /** As {@link #compile(String, String, byte[], List)} for a text (the reducer's candidates). */
    public static List<Compiled> compile(String displayName, String programName, String text, List<FeatureVector> vectors) {
        return compile(displayName, programName, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), vectors);
    }

    /**
     * The program built for each vector, in order, checked and lowered once:
     * the same as compiling for each vector on its own (only emission and
     * wasm-opt depend on the vector), at the cost of one frontend run. The
     * bytes are decoded as the CLI decodes a file (one that is not UTF-8 gets
     * its diagnostic).
     */
    public static List<Compiled> compile(String displayName, String programName, byte[] source, List<FeatureVector> vectors) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CoreProgram> core;
        try {
            core = SourceReader.decode(displayName, source, diagnostics).flatMap(file -> Compiler.toCore(file, diagnostics));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(programName, diagnostics, internal(e), INTERNAL_ERROR_EXIT, vectors.size());
        }
        if (core.isEmpty()) return failed(programName, diagnostics, "", COMPILE_ERROR_EXIT, vectors.size());
        List<Compiled> out = new ArrayList<>();
        for (FeatureVector v : vectors) {
            try {
                out.add(new Compiled(programName, Optional.of(Compiler.compile(core.get(), v)), render(diagnostics),
                        COMPILE_ERROR_EXIT));
            } catch (BuildException e) {
                // weft run prints a build failure (such as memory=fixed too small) on one line and exits 1.
                out.add(new Compiled(programName, Optional.empty(), render(diagnostics) + "weft: " + e.getMessage() + "\n",
                        COMPILE_ERROR_EXIT));
            } catch (RuntimeException | StackOverflowError e) {
                // A bug in the toolchain fails this cell, not the whole matrix.
                out.add(new Compiled(programName, Optional.empty(), render(diagnostics) + internal(e), INTERNAL_ERROR_EXIT));
            }
        }
        return out;
    }

    private static List<Compiled> failed(String programName, Diagnostics diagnostics, String failure, int exit, int n) {
        Compiled c = new Compiled(programName, Optional.empty(), render(diagnostics) + failure, exit);
        return java.util.Collections.nCopies(n, c);
    }

    private static String internal(Throwable e) {
        return "weft: internal compiler error: " + e + "\n";
    }

    private static String render(Diagnostics diagnostics) {
        StringBuilder rendered = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) rendered.append(DiagnosticPrinter.render(d));
        return rendered.toString();
    }

    /** Runs on an engine with no timeout; see {@link #runOn(Engine, Optional)}. */
    public RunOutcome runOn(Engine engine) {
        return runOn(engine, Optional.empty());
    }

    /**
     * Runs on an engine, stopped at the timeout when there is one. Whatever
     * the engine throws, Errors too (OutOfMemoryError, StackOverflowError, a
     * LinkageError from a native library), is this cell's crash, never the
     * run's end: the outcome is {@link Unfinished.Crashed} with what was thrown.
     */
    public RunOutcome runOn(Engine engine, Optional<Duration> timeout) {
        if (module.isEmpty()) return new RunOutcome("", diagnostics, failureExit, Duration.ZERO);
        long start = System.nanoTime();
        try {
            RunOutcome o = engine.run(module.get(), RunInput.of(programName + ".wasm").withTimeout(timeout));
            return new RunOutcome(o.stdout(), diagnostics + o.stderr(), o.exitCode(), o.time(), o.unfinished());
        } catch (Throwable e) {
            return RunOutcome.crashed("", diagnostics, Duration.ofNanos(System.nanoTime() - start),
                    Unfinished.Crashed.of(engine.name(), e));
        }
    }
}
