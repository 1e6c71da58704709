package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cell that fails once and passes when run again is reported as flaky, not shrunk. */
class FlakyCellTest {
    /** Chicory, but its third run returns nothing. */
    static final class OnceBroken implements Engine {
        private final ChicoryEngine chicory = new ChicoryEngine();
        private final AtomicInteger runs = new AtomicInteger();

        public String name() { return "once-broken"; }

        public Set<String> capabilities() { return Set.of(); }

        public RunOutcome run(byte[] module, RunInput input) {
            if (runs.incrementAndGet() == 3) return new RunOutcome("", "", 0, Duration.ZERO);
            return chicory.run(module, input);
        }
    }

    @Test
    void failsOnceThenPasses() {
        var root = Repository.root();
        MatrixResult r = Matrix.run(MatrixPlan.of(root, List.of(CorpusProgram.of(root.resolve("tests/programs/hello.weft"))),
                List.of(FeatureVector.parse("opt=0"), FeatureVector.parse("opt=s")), List.of(new OnceBroken()))
                .withThreads(1), Progress.none());
        assertEquals(1, r.failures().size(), r.summary());
        CellResult c = r.failures().get(0);
        assertEquals("opt=s", c.vector());
        assertTrue(c.reason().startsWith("flaky, passed when run again"), c.reason());
        assertEquals(Optional.empty(), c.minimalVector());
        assertEquals("./weft run tests/programs/hello.weft --engine once-broken --features opt=s", c.reproduce());
    }
}
