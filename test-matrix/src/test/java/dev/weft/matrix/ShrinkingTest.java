package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.Alternative;
import dev.weft.features.Feature;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proof that shrinking works: a test-only feature {@code probe=off|faulty}
 * whose faulty alternative links test-only/probe-faulty.wat, a fault that
 * shows only when combined with memory=fixed (it turns the RTS's "true" into
 * "TRUE" when memory cannot grow). The matrix runs vectors that hold the fault
 * pair among other non-default choices and must shrink every failure to
 * exactly that pair, while neither choice alone fails.
 */
class ShrinkingTest {
    private static final Path ROOT = Repository.root();
    private static final Feature PROBE = new Feature("probe", "a planted fault (test only)", List.of(
            Alternative.of("off", "no probe"),
            Alternative.of("faulty", "corrupts \"true\" when memory cannot grow").withUnits("test-only/probe-faulty.wat")));
    private static final FeatureModel MODEL = FeatureModel.standard().extendedWith(List.of(), List.of(PROBE), List.of());

    @Test
    void theFaultPairIsTheMinimalVector() {
        List<CorpusProgram> programs = List.of(program("bool_logic"), program("comparisons"), program("collatz"));
        List<FeatureVector> vectors = new VectorSet.Explicit(List.of(
                "probe=faulty,memory=fixed:16,opt=0",
                "probe=faulty,memory=fixed:16,opt=s",
                "memory=fixed:16,opt=0",
                "probe=faulty,opt=0",
                "probe=faulty",
                "memory=fixed:16")).vectors(MODEL);
        MatrixResult result = Matrix.run(MatrixPlan.of(ROOT, programs, vectors, List.of(new ChicoryEngine())),
                Progress.none());
        System.out.print(result.summary());

        Map<String, List<String>> failingVectors = result.failures().stream().collect(Collectors.groupingBy(
                CellResult::program, java.util.TreeMap::new, Collectors.mapping(CellResult::vector, Collectors.toList())));
        List<String> pairs = List.of("memory=fixed:16,opt=0,probe=faulty", "memory=fixed:16,opt=s,probe=faulty");
        assertEquals(Map.of("tests/programs/bool_logic.weft", pairs, "tests/programs/comparisons.weft", pairs),
                failingVectors, "only the cells holding both probe=faulty and memory=fixed fail, where true is shown");
        for (CellResult c : result.failures()) {
            assertEquals(Optional.of("memory=fixed:16,probe=faulty"), c.minimalVector(), c.program() + " " + c.vector());
            assertEquals("./weft run " + c.program() + " --engine chicory --features memory=fixed:16,opt=3,probe=faulty",
                    c.reproduce());
            assertTrue(c.diff().lines().anyMatch(l -> l.startsWith("+ ") && l.contains("TRUE")), "the fault shows: " + c.diff());
        }
        // Neither choice of the pair fails alone: the minimal vector is 1-minimal.
        for (CellResult c : result.cells()) {
            if (c.vector().equals("probe=faulty") || c.vector().equals("memory=fixed:16")) {
                assertEquals(CellResult.Status.PASS, c.status(), c.program() + " " + c.vector());
            }
        }
        assertEquals(3 * 7, result.cells().size(), "the defaults are added to the vectors given");
    }

    private static CorpusProgram program(String name) {
        return CorpusProgram.of(ROOT.resolve("tests/programs/" + name + ".weft"));
    }
}
