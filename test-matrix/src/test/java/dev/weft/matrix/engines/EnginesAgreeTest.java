package dev.weft.matrix.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.matrix.CorpusProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the golden corpus (tests/programs), compiled once per
 * vector, gives its golden stdout, stderr and exit code on every engine other
 * than Chicory's interpreter (GoldenCorpusTest covers that one): the defaults,
 * and memory=host, whose modules import weft.memory_request.
 */
class EnginesAgreeTest {
    private static final List<String> VECTORS = List.of("", "memory=host");

    @TestFactory
    Stream<DynamicTest> corpusOnEveryEngine() {
        List<Engine> engines = Engines.all().stream().filter(e -> !e.name().equals(ChicoryEngine.NAME)).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusProgram p : CorpusProgram.load(WeftPrograms.root().resolve("tests/programs"))) {
            for (String vector : VECTORS) {
                String label = vector.isEmpty() ? "defaults" : vector;
                tests.add(DynamicTest.dynamicTest(p.name() + " " + label, p.source().toUri(), () -> {
                    WeftPrograms.Compiled c = WeftPrograms.compile(p.name(), vector);
                    for (Engine engine : engines) {
                        if (engine.cannotRun(c.vector()).isPresent()) continue;
                        RunOutcome o = engine.run(c.module(), RunInput.of(p.name() + ".wasm"));
                        String where = p.name() + " [" + label + "] on " + engine.name();
                        assertEquals(p.expectedStdout(), o.stdout(), where + ": stdout");
                        assertEquals(p.expectedStderr(), o.stderr(), where + ": stderr");
                        assertEquals(p.expectedExit(), o.exitCode(), where + ": exit code");
                    }
                }));
            }
        }
        assumeTrue(!tests.isEmpty(), "no corpus programs");
        return tests.stream();
    }
}
