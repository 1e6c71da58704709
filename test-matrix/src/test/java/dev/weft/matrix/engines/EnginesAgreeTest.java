package dev.weft.matrix.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.matrix.CorpusProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the golden corpus (tests/programs), compiled once per
 * vector, gives its golden stdout, stderr and exit code on every engine other
 * than Chicory's interpreter (GoldenCorpusTest covers that one): the defaults,
 * and memory=host, whose modules import weft.memory_request. One test per
 * program, vector and engine: on an engine that cannot start here, or cannot
 * run the vector, the test is skipped with the reason, never passed.
 */
class EnginesAgreeTest {
    private static final List<String> VECTORS = List.of("", "memory=host");

    /** Each (program, vector) is compiled once, by the first engine's test that needs it. */
    private final Map<String, WeftPrograms.Compiled> builds = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicContainer> corpusOnEveryEngine() {
        List<CorpusProgram> programs = CorpusProgram.load(WeftPrograms.root().resolve("tests/programs"));
        assertFalse(programs.isEmpty(), "no corpus programs in tests/programs");
        List<DynamicContainer> engines = new ArrayList<>();
        for (Engine engine : Engines.all()) {
            if (engine.name().equals(ChicoryEngine.NAME)) continue; // GoldenCorpusTest's
            List<DynamicTest> tests = new ArrayList<>();
            for (CorpusProgram p : programs) {
                for (String vector : VECTORS) {
                    String label = vector.isEmpty() ? "defaults" : vector;
                    tests.add(DynamicTest.dynamicTest(p.name() + " " + label, p.source().toUri(),
                            () -> agrees(engine, p, vector, label)));
                }
            }
            engines.add(DynamicContainer.dynamicContainer("on " + engine.name(), tests));
        }
        return engines.stream();
    }

    private void agrees(Engine engine, CorpusProgram p, String vector, String label) {
        Optional<String> missing = engine.unavailable();
        assumeTrue(missing.isEmpty(), () -> engine.name() + " is not available here: " + missing.orElseThrow());
        WeftPrograms.Compiled c = builds.computeIfAbsent(p.name() + " " + vector, k -> WeftPrograms.compile(p.name(), vector));
        Optional<String> cannot = engine.cannotRun(c.vector());
        assumeTrue(cannot.isEmpty(), () -> cannot.orElseThrow());
        RunOutcome o = engine.run(c.module(), RunInput.of(p.name() + ".wasm"));
        String where = p.name() + " [" + label + "] on " + engine.name();
        assertEquals(p.expectedStdout(), o.stdout(), where + ": stdout");
        assertEquals(p.expectedStderr(), o.stderr(), where + ": stderr");
        assertEquals(p.expectedExit(), o.exitCode(), where + ": exit code");
    }
}
