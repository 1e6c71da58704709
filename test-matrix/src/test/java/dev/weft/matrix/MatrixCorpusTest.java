package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The matrix's CI part, run by ./test: the whole golden corpus (tests/programs
 * and tests/errors) under the defaults and every single non-default
 * alternative, and a pairwise covering array on a subset of programs, on
 * every registered engine. One test per cell; a cell an engine cannot run (or
 * an engine that cannot start here) is a skipped test with the reason; a
 * failing cell fails with its diff, minimal vector and reproducing command.
 * Reports land in test-matrix/target/matrix/{singles,pairwise}.
 *
 * <p>Needs wasm-opt for opt=3, opt=2 and opt=s (Debian's binaryen); without it the
 * whole class is skipped, as GoldenCorpusTest's opt=3 cells are.
 */
class MatrixCorpusTest {
    private static final Path ROOT = Repository.root();

    /**
     * Programs for pairwise: one or two per mechanism the vectors change (memory
     * use, output buffering, runtime errors and traps, deep recursion, show of
     * constants, compile errors, processes: switching, crashes and their
     * reports), so that a pair is tried where it can matter.
     */
    static final List<String> PAIRWISE_PROGRAMS = List.of(
            "tests/programs/bool_logic.weft", "tests/programs/collatz.weft", "tests/programs/fib.weft",
            "tests/programs/comparisons.weft", "tests/programs/blocks.weft", "tests/programs/proc_monitors.weft");

    @TestFactory
    Stream<DynamicTest> singles() {
        List<CorpusProgram> programs = new ArrayList<>(CorpusProgram.load(ROOT.resolve("tests/programs")));
        programs.addAll(CorpusProgram.load(ROOT.resolve("tests/errors")));
        return cells("singles", programs, new VectorSet.SinglesSet());
    }

    @TestFactory
    Stream<DynamicTest> pairwise() {
        List<CorpusProgram> programs = PAIRWISE_PROGRAMS.stream().map(p -> CorpusProgram.of(ROOT.resolve(p))).toList();
        return cells("pairwise", programs, new VectorSet.PairwiseSet());
    }

    private static Stream<DynamicTest> cells(String name, List<CorpusProgram> programs, VectorSet set) {
        Assumptions.assumeTrue(WasmTools.has("wasm-opt"), "wasm-opt (Debian's binaryen) is not installed");
        List<FeatureVector> vectors = set.vectors(FeatureModel.standard());
        MatrixResult result = Matrix.run(MatrixPlan.of(ROOT, programs, vectors, MatrixEngines.all()),
                new dev.weft.matrix.internal.progress.LineProgress(System.out, 500, java.time.Duration.ofSeconds(30)));
        Reports.write(result, ROOT.resolve("test-matrix/target/matrix/" + name));
        System.out.print(name + " " + result.summary());
        return result.cells().stream().map(c -> DynamicTest.dynamicTest(
                c.program() + " [" + c.vectorLabel() + "] on " + c.engine(), () -> check(c)));
    }

    private static void check(CellResult c) {
        switch (c.status()) {
            case PASS -> { }
            case SKIP -> Assumptions.abort(c.reason());
            case FAIL, TIMEOUT, CRASH -> fail(c.status().text() + ": " + c.reason() + "\nminimal vector: "
                    + c.minimalVector().map(m -> m.isEmpty() ? "defaults" : m).orElse("?") + "\nreproduce: "
                    + c.reproduce() + "\n" + c.diff());
        }
    }
}
