package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.Engines;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The stack limit is the RTS's (docs/decisions/0020): each program of
 * tests/stack prints what its {@code # expect} lines say on every engine,
 * unoptimised and at opt=3, run as {@code weft run} runs it (no timeout, so
 * Wasmtime has no epoch checks): 100,000 simple non-tail calls complete, and
 * deeper recursions of several shapes end with the stack-overflow error, not a
 * trap. An engine that cannot start here gives skipped tests with its reason.
 */
class StackLimitTest {
    private static final Path DIR = Repository.root().resolve("tests/stack");

    @TestFactory
    Stream<DynamicTest> everyEngineStopsAtTheSameDepth() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(DIR)) {
            files = all.filter(f -> f.toString().endsWith(".weft")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String vector : List.of("opt=0", "opt=3")) {
                for (Engine engine : Engines.all()) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + " [" + vector + "] on " + engine.name(),
                            () -> check(engine, file.getFileName().toString(), text, vector)));
                }
            }
        }
        if (files.size() < 4) throw new AssertionError("tests/stack has " + files.size() + " programs, expected 4 or more");
        return tests.stream();
    }

    private static void check(Engine engine, String name, String text, String vector) {
        FeatureVector features = FeatureVector.defaults().overriddenBy(vector);
        Optional<String> why = engine.cannotRun(features);
        Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
        Diagnostics diagnostics = new Diagnostics();
        byte[] module = Compiler.compile(new SourceFile(name, text), features, diagnostics)
                .orElseThrow(() -> new AssertionError(name + " does not compile: " + diagnostics.all()));
        RunOutcome o = engine.run(module, RunInput.of(name));
        String where = name + " [" + vector + "] on " + engine.name();
        assertEquals(expected(text, "stdout"), o.stdout(), where);
        assertEquals(expected(text, "stderr"), o.stderr(), where);
        assertEquals(Integer.parseInt(expected(text, "exit").strip()), o.exitCode(), where);
    }

    /** The lines of the program's {@code # expect KIND: } comments, each ended by a newline. */
    static String expected(String text, String kind) {
        String prefix = "# expect " + kind + ": ";
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()) + "\n")
                .collect(Collectors.joining());
    }
}
