package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.generate.GeneratedPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Proof that generated programs find a miscompile at one optimisation level
 * and that it is reduced to a few lines: {@link PlantedFault} makes every
 * false Bool show as true with opt=s, and only then. Generated programs of
 * {@value #PROGRAMS} fixed seeds run on Chicory under plant=faulty at every
 * opt level (about half of all generated programs print a false): only the
 * opt=s cells may fail, and ddmin must shrink each to exactly
 * {@code opt=s,plant=faulty} (so neither choice fails alone). The first
 * program that fails must reduce to at most {@value #MAX_LINES} non-blank
 * lines that still diverge when run from the file the report names.
 */
class PlantedMiscompileTest {
    static final int MAX_LINES = 6;
    private static final long FIRST_SEED = 1;
    private static final int PROGRAMS = 4;
    private static final Path ROOT = Repository.root();

    @Test
    void theGeneratorFindsItAndReducesTheProgramToAFewLines() throws IOException {
        Assumptions.assumeTrue(WasmTools.has("wasm-opt"), "wasm-opt (Debian's binaryen) is not installed");
        FeatureModel model = PlantedFault.model();
        Path out = ROOT.resolve("test-matrix/target/planted");
        List<CorpusProgram> programs = GeneratedPrograms.write(out.resolve("programs"), FIRST_SEED, PROGRAMS);
        List<FeatureVector> vectors = new VectorSet.Explicit(List.of("plant=faulty,opt=0", "plant=faulty,opt=2",
                "plant=faulty", "memory=fixed:16,opt=s,plant=faulty")).vectors(model);
        MatrixResult result = Matrix.run(MatrixPlan.of(ROOT, programs, vectors, List.of(new ChicoryEngine()))
                .withReduction(new ProgramReduction(out.resolve("reduced"), Duration.ofSeconds(120), 1)), Progress.none());
        Reports.write(result, out);
        System.out.print(result.summary());

        assertFalse(result.failures().isEmpty(), "no generated program of seeds " + FIRST_SEED + ".."
                + (FIRST_SEED + PROGRAMS - 1) + " showed the planted fault");
        for (CellResult c : result.cells()) {
            boolean planted = c.vector().contains("plant=faulty") && c.vector().contains("opt=s");
            if (!planted) assertEquals(CellResult.Status.PASS, c.status(), c.program() + " [" + c.vectorLabel() + "]");
        }
        for (CellResult c : result.failures()) {
            assertEquals(java.util.Optional.of("opt=s,plant=faulty"), c.minimalVector(), c.program());
            assertEquals("./weft run " + c.program() + " --engine chicory --features opt=s,plant=faulty", c.reproduce());
            assertTrue(c.reason().contains("the reference cell (defaults on chicory)"), c.reason());
        }
        // Only the first diverging program is reduced (ProgramReduction.programs is 1): it keeps the test short.
        CellResult first = result.failures().get(0);
        assertTrue(result.failures().stream().skip(1).allMatch(c -> c.reduced().isEmpty()
                || c.program().equals(first.program())), result.summary());
        CellResult.Reduced r = first.reduced().orElseThrow(() -> new AssertionError("not reduced: " + first.program()));
        assertTrue(r.lines() <= MAX_LINES, r.lines() + " lines:\n" + r.text());
        assertEquals(r.text(), Files.readString(ROOT.resolve(r.program())), "the report names the file it wrote");
        assertEquals("./weft run " + r.program() + " --engine chicory --features opt=s,plant=faulty", r.reproduce());
        assertEquals("./weft run " + r.program() + " --engine chicory --features opt=3", r.compare());
        // The reduced program diverges on its own: at opt=s with the plant, and not at opt=3 with it.
        RunOutcome reference = run(r.program(), model.defaults());
        assertNotEquals(reference.stdout(), run(r.program(), model.parse("opt=s,plant=faulty")).stdout(), r.text());
        assertEquals(reference.stdout(), run(r.program(), model.parse("plant=faulty")).stdout(), r.text());
    }

    private static RunOutcome run(String program, FeatureVector v) {
        return CorpusRunner.run(ROOT, CorpusProgram.of(ROOT.resolve(program)), new ChicoryEngine(), v);
    }
}
