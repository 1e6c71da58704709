package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.CellResult.Status;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.shims.EngineCrashedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that crashes under one program does not take the run down: with
 * planted crashes (an Error, a RuntimeException, a dying engine's own
 * exception) each crashed cell is reported as such with what was thrown,
 * shrunk like any failure, and every other cell of the run still passes.
 */
class CrashTest {
    private static final Path ROOT = Repository.root();

    /** Chicory's interpreter, except that a module holding {@code marker} makes it throw. */
    record Planted(String name, String marker, Supplier<Throwable> crash) implements Engine {
        private static final ChicoryEngine CHICORY = new ChicoryEngine();

        @Override
        public Set<String> capabilities() {
            return Set.of();
        }

        @Override
        public RunOutcome run(byte[] module, RunInput input) {
            if (new String(module, StandardCharsets.ISO_8859_1).contains(marker)) throw sneaky(crash.get());
            return CHICORY.run(module, input);
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
            throw (T) t;
        }
    }

    @Test
    void aCrashedCellIsReportedWithWhatWasThrownAndTheRunFinishes(@TempDir Path reports) throws Exception {
        String marker = "Hello, world!";
        List<Engine> engines = List.of(new ChicoryEngine(),
                new Planted("throws-error", marker, () -> new OutOfMemoryError("planted")),
                new Planted("throws-exception", marker, () -> new IllegalStateException("planted")),
                new Planted("dies", marker, () -> new EngineCrashedException(
                        "node was killed by signal 9 (SIGKILL) before the program ended", null)));
        List<CorpusProgram> programs = List.of(CorpusProgram.of(ROOT.resolve("tests/programs/hello.weft")),
                CorpusProgram.of(ROOT.resolve("tests/programs/bool_logic.weft")));
        MatrixResult r = Matrix.run(MatrixPlan.of(ROOT, programs,
                List.of(FeatureVector.defaults(), FeatureVector.parse("opt=0")), engines), Progress.none());
        System.out.print(r.summary());

        assertEquals(16, r.cells().size());
        assertEquals(6, r.count(Status.CRASH), r.summary());
        assertEquals(10, r.count(Status.PASS), r.summary());
        assertFalse(r.passed());
        for (CellResult c : r.cells()) {
            boolean planted = c.program().endsWith("hello.weft") && !c.engine().equals(ChicoryEngine.NAME);
            assertEquals(planted ? Status.CRASH : Status.PASS, c.status(), c.program() + " on " + c.engine());
            if (!planted) continue;
            assertEquals(Optional.of(""), c.minimalVector(), "the defaults crash too");
            switch (c.engine()) {
                case "throws-error" -> {
                    assertEquals("engine crashed: throws-error threw java.lang.OutOfMemoryError: planted", c.reason());
                    assertTrue(c.diff().contains("at dev.weft.matrix.CrashTest"), "where it was thrown: " + c.diff());
                }
                case "throws-exception" -> assertEquals(
                        "engine crashed: throws-exception threw java.lang.IllegalStateException: planted", c.reason());
                default -> assertEquals("engine crashed: node was killed by signal 9 (SIGKILL) before the program ended",
                        c.reason());
            }
        }
        assertTrue(r.summary().contains("0 failed, 6 crashed, 0 skipped"), r.summary());
        assertTrue(r.summary().contains("CRASH tests/programs/hello.weft on dies with opt=0: engine crashed: node was killed"),
                r.summary());

        Reports.write(r, reports);
        assertEquals(r, Reports.read(reports));
        String junit = Files.readString(reports.resolve(Reports.JUNIT));
        assertTrue(junit.contains("failures=\"0\" errors=\"6\""), junit);
        assertTrue(junit.contains("<error type=\"crash\" message=\"engine crashed: throws-error threw"), junit);
    }
}
