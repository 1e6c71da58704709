package dev.weft.matrix.internal.run;

import dev.weft.backend.BuildException;
import dev.weft.backend.Compiler;
import dev.weft.backend.core.CoreProgram;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
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

    /** What an engine that throws is reported as: not any code a program can exit with (0..255). */
    public static final int ENGINE_ERROR_EXIT = -1;

    public static Compiled compile(String displayName, String programName, String text, FeatureVector vector) {
        return compile(displayName, programName, text, List.of(vector)).get(0);
    }

    /**
     * The program built for each vector, in order, checked and lowered once:
     * the same as compiling for each vector on its own (only emission and
     * wasm-opt depend on the vector), at the cost of one frontend run.
     */
    public static List<Compiled> compile(String displayName, String programName, String text, List<FeatureVector> vectors) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<CoreProgram> core;
        try {
            core = Compiler.toCore(new SourceFile(displayName, text), diagnostics);
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

    /** Runs on an engine; an engine that throws gives exit code -1 and the exception on stderr. */
    public RunOutcome runOn(Engine engine) {
        if (module.isEmpty()) return new RunOutcome("", diagnostics, failureExit, Duration.ZERO);
        try {
            RunOutcome o = engine.run(module.get(), RunInput.of(programName + ".wasm"));
            return new RunOutcome(o.stdout(), diagnostics + o.stderr(), o.exitCode(), o.time());
        } catch (RuntimeException | StackOverflowError e) {
            return new RunOutcome("", diagnostics + "engine " + engine.name() + " failed: " + e + "\n",
                    ENGINE_ERROR_EXIT, Duration.ZERO);
        }
    }
}
