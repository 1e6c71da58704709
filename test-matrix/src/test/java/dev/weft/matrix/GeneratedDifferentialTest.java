package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.matrix.generate.GeneratedPrograms;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated programs (fixed seeds) on every registered engine under every
 * opt level, judged differentially: each cell against the reference cell
 * (the defaults on the first engine) and its engine's defaults cell. One
 * test per cell; an engine that cannot start here gives skipped tests with
 * its reason, never passing ones. A failure carries its minimal vector, the
 * reduced program and the commands that reproduce it. Reports land in
 * test-matrix/target/matrix/generated.
 *
 * <p>{@value #PROGRAMS} programs x 4 vectors x 4 engines took about 16 s on
 * a 2-core machine: Chicory's interpreter and chicory-aot's compilation of
 * each module are most of it, so the sample is small and the campaign by
 * command ({@code weft matrix --generate N}) is where volume goes.
 */
class GeneratedDifferentialTest {
    static final long FIRST_SEED = 1;
    static final int PROGRAMS = 3;
    private static final Path ROOT = Repository.root();

    @TestFactory
    Stream<DynamicTest> generatedProgramsAgreeEverywhere() {
        Assumptions.assumeTrue(WasmTools.has("wasm-opt"), "wasm-opt (Debian's binaryen) is not installed");
        Path out = ROOT.resolve("test-matrix/target/matrix/generated");
        List<CorpusProgram> programs = GeneratedPrograms.write(out.resolve("programs"), FIRST_SEED, PROGRAMS);
        List<FeatureVector> vectors = new VectorSet.Explicit(List.of("opt=0", "opt=2", "opt=s"))
                .vectors(FeatureModel.standard());
        MatrixResult result = Matrix.run(MatrixPlan.of(ROOT, programs, vectors, MatrixEngines.all())
                .withReduction(ProgramReduction.into(out.resolve("reduced"))), Progress.none());
        Reports.write(result, out);
        System.out.print("generated " + result.summary());
        return result.cells().stream().map(c -> DynamicTest.dynamicTest(
                c.program() + " [" + c.vectorLabel() + "] on " + c.engine(), () -> check(c)));
    }

    /** A cell as a test: passed, skipped with its reason, or failed with its minimal vector, reduction and diff. */
    static void check(CellResult c) {
        switch (c.status()) {
            case PASS -> { }
            case SKIP -> Assumptions.abort(c.reason());
            case FAIL -> fail(c.reason() + "\nminimal vector: " + c.minimalVector().map(m -> m.isEmpty() ? "defaults" : m)
                    .orElse("?") + "\nreproduce: " + c.reproduce()
                    + c.reduced().map(r -> "\nreduced program: " + r.program() + "\nreproduce reduced: " + r.reproduce()
                            + "\ncompare with: " + r.compare() + "\n" + r.text()).orElse("")
                    + "\n" + c.diff());
        }
    }
}
