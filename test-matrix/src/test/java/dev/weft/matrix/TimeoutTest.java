package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.CellResult.Status;
import dev.weft.matrix.engines.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The matrix survives a program that never ends: on every engine, spin
 * (test-matrix/src/test/weft, outside the golden corpus, which must end) is
 * stopped at the per-cell timeout and reported as timed out, confirmed and
 * shrunk to the defaults (whose cell times out too), while the other program
 * of the run passes on the same engines. EngineCases stops each engine's
 * runs at the host level, in Wasm code and in a host call.
 */
class TimeoutTest {
    private static final Path ROOT = Repository.root();
    private static final String SPIN = "test-matrix/src/test/weft/spin.weft";
    /**
     * Over hello's time on every engine with a cold JVM and a busy machine:
     * Chicory's compiler took 2.3 s and Node 1.6 s here (instantiation counts),
     * while the cell running spin kept the other core busy.
     */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TestFactory
    Stream<DynamicTest> aProgramThatNeverEndsTimesOutOnEveryEngineAndTheRestPass() {
        List<CorpusProgram> programs = List.of(CorpusProgram.of(ROOT.resolve("tests/programs/hello.weft")),
                CorpusProgram.of(ROOT.resolve(SPIN)));
        List<Engine> engines = MatrixEngines.all();
        long start = System.nanoTime();
        MatrixResult r = Matrix.run(MatrixPlan.of(ROOT, programs, List.of(FeatureVector.defaults()), engines)
                .withTimeout(LIMIT), Progress.none());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.print(r.summary());
        List<DynamicTest> tests = new ArrayList<>();
        for (Engine e : engines) {
            tests.add(DynamicTest.dynamicTest("on " + e.name(), () -> {
                Optional<String> missing = e.unavailable();
                Assumptions.assumeTrue(missing.isEmpty(), () -> e.name() + " is not available here: " + missing.get());
                assertEquals(Status.PASS, cell(r, "tests/programs/hello.weft", e).status(), r.summary());
                CellResult c = cell(r, SPIN, e);
                assertEquals(Status.TIMEOUT, c.status(), c.reason());
                assertEquals("timed out: still running after 5 s", c.reason());
                assertEquals(Optional.of(""), c.minimalVector(), "shrunk to the defaults, which time out too");
                assertEquals("./weft run " + SPIN + " --engine " + e.name() + " --features opt=3", c.reproduce());
            }));
        }
        tests.add(DynamicTest.dynamicTest("the run finishes and says so", () -> {
            assertFalse(r.passed());
            long timedOut = r.count(Status.TIMEOUT);
            assertTrue(r.summary().contains(", " + timedOut + " timed out, "), r.summary());
            assertTrue(r.summary().contains("TIMEOUT " + SPIN + " on chicory with defaults: timed out"), r.summary());
            // Each timed-out cell costs its run and one confirming run, and nothing waits longer.
            assertTrue(took.toMillis() < timedOut * 2 * LIMIT.toMillis() + 60_000, "took " + took);
        }));
        return tests.stream();
    }

    static CellResult cell(MatrixResult r, String program, Engine e) {
        return r.cells().stream().filter(c -> c.program().equals(program) && c.engine().equals(e.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell for " + program + " on " + e.name()));
    }
}
