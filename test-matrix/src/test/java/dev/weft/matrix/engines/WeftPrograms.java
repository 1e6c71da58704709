package dev.weft.matrix.engines;

import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.matrix.CorpusProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs of the golden corpus (tests/programs), compiled by the real pipeline for engine tests. */
final class WeftPrograms {
    private WeftPrograms() {}

    record Compiled(CorpusProgram program, FeatureVector vector, byte[] module) {}

    static Path root() {
        String property = System.getProperty("weft.root");
        if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath().normalize();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tests/programs"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("cannot find the repository root (no tests/programs above here)");
        return p;
    }

    static Path source(String name) {
        return root().resolve("tests/programs/" + name + ".weft");
    }

    /** Compiles tests/programs/NAME.weft with the vector (its text, as {@code memory=host}). */
    static Compiled compile(String name, String vector) {
        CorpusProgram program = CorpusProgram.of(source(name));
        FeatureVector v = FeatureVector.parse(vector);
        String text;
        try {
            text = Files.readString(program.source(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        byte[] module = Compiler.compile(new SourceFile("tests/programs/" + name + ".weft", text), v, diagnostics)
                .orElseThrow(() -> new AssertionError(name + " does not compile: " + diagnostics.all()));
        return new Compiled(program, v, module);
    }
}
