package dev.weft.matrix;

import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceReader;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Compiles a corpus program and runs it on an engine. A program that does not
 * compile produces its diagnostics as stderr and exit code 1, exactly as
 * {@code weft run} would print them, so that compile-error programs are
 * golden-tested the same way as runtime behaviour.
 */
public final class CorpusRunner {
    private CorpusRunner() {}

    /** The name a corpus file is reported under: its path relative to the repository, with / separators. */
    public static String displayName(Path root, Path source) {
        return root.toAbsolutePath().relativize(source.toAbsolutePath()).toString().replace('\\', '/');
    }

    public static RunOutcome run(Path root, CorpusProgram program, Engine engine, FeatureVector vector) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> module = SourceReader.decode(displayName(root, program.source()), read(program.source()), diagnostics)
                .flatMap(source -> Compiler.compile(source, vector, diagnostics));
        StringBuilder rendered = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) rendered.append(DiagnosticPrinter.render(d));
        if (module.isEmpty()) return new RunOutcome("", rendered.toString(), 1, Duration.ZERO);
        RunOutcome outcome = engine.run(module.get(), RunInput.of(program.name() + ".wasm"));
        return new RunOutcome(outcome.stdout(), rendered + outcome.stderr(), outcome.exitCode(), outcome.time());
    }

    /** Writes the outcome as the program's expectations (for -Dweft.approve): never edit golden files by hand. */
    public static void approve(CorpusProgram program, RunOutcome outcome) {
        try {
            Files.writeString(program.expectationFile(".stdout"), outcome.stdout(), StandardCharsets.UTF_8);
            writeOrDelete(program.expectationFile(".stderr"), outcome.stderr().isEmpty() ? null : outcome.stderr());
            writeOrDelete(program.expectationFile(".exit"), outcome.exitCode() == 0 ? null : outcome.exitCode() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write expectations of " + program.name(), e);
        }
    }

    private static void writeOrDelete(Path p, String content) throws IOException {
        if (content == null) Files.deleteIfExists(p);
        else Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
