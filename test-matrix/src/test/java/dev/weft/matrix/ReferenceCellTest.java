package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program without golden files is judged against its reference cell, so
 * two engines that disagree fail even when each agrees with itself under
 * every vector: the cells of the engine that differs fail, with the minimal
 * vector {@code defaults}, and the reference engine's cells pass.
 */
class ReferenceCellTest {
    /** Chicory, but one more line of output: consistent with itself, not with anyone else. */
    static final class Chatty implements Engine {
        private final ChicoryEngine chicory = new ChicoryEngine();

        public String name() { return "chatty"; }

        public Set<String> capabilities() { return Set.of(); }

        public RunOutcome run(byte[] module, RunInput input) {
            RunOutcome o = chicory.run(module, input);
            return new RunOutcome(o.stdout() + "extra\n", o.stderr(), o.exitCode(), o.time());
        }
    }

    @Test
    void enginesThatDisagreeFailOnTheOneThatDiffers(@TempDir Path dir) throws IOException {
        Path program = Files.writeString(dir.resolve("plain.weft"), "main() = println(show(6 * 7))\n");
        MatrixResult r = Matrix.run(MatrixPlan.of(dir, List.of(CorpusProgram.of(program)),
                List.of(FeatureVector.parse("opt=0")), List.of(new ChicoryEngine(), new Chatty())), Progress.none());
        assertEquals(4, r.cells().size(), r.summary());
        assertEquals(List.of("chatty", "chatty"), r.failures().stream().map(CellResult::engine).toList(), r.summary());
        for (CellResult c : r.failures()) {
            assertEquals("stdout differs from the reference cell (defaults on chicory)", c.reason());
            assertEquals(Optional.of(""), c.minimalVector(), "the defaults fail too");
        }
        assertTrue(r.cells().stream().filter(c -> c.engine().equals("chicory"))
                .allMatch(c -> c.status() == CellResult.Status.PASS), r.summary());
    }
}
