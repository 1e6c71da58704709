package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A vector whose module is the defaults' module byte for byte (switching in a
 * program without processes) is judged on the defaults cell's run instead of
 * running the same bytes again; a module that differs runs.
 */
class SameModuleTest {
    /** Chicory, counting its runs. */
    static final class Counting implements Engine {
        private final ChicoryEngine chicory = new ChicoryEngine();
        final AtomicInteger runs = new AtomicInteger();

        public String name() { return "counting"; }

        public Set<String> capabilities() { return Set.of(); }

        public RunOutcome run(byte[] module, RunInput input) {
            runs.incrementAndGet();
            return chicory.run(module, input);
        }
    }

    private static int runs(String program) {
        Path root = Repository.root();
        Counting engine = new Counting();
        MatrixResult r = Matrix.run(MatrixPlan.of(root, List.of(CorpusProgram.of(root.resolve(program))),
                List.of(FeatureVector.parse(""), FeatureVector.parse("switch=every"), FeatureVector.parse("switch=every-n:7"),
                        FeatureVector.parse("opt=s")), List.of(engine)).withThreads(1), Progress.none());
        assertTrue(r.failures().isEmpty(), r.summary());
        assertEquals(4, r.cells().size(), r.summary());
        return engine.runs.get();
    }

    @Test
    void aProgramWithoutProcessesRunsOncePerDistinctModule() {
        assertEquals(2, runs("tests/programs/hello.weft"), "defaults and opt=s; the switch vectors build the same bytes");
    }

    @Test
    void aProgramThatSpawnsRunsUnderEverySwitchAlternative() {
        assertEquals(4, runs("tests/programs/proc_selective.weft"));
    }
}
