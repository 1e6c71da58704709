package dev.weft.matrix;

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
 * Generated programs that allocate (lists, records, variants, closures,
 * strings) under each collector with a collection at every allocation, and
 * inside a small fixed reservation, judged differentially against the
 * reference cell: a pointer that is not a root, an object seen half-built or
 * a slot the collector fails to update shows as a divergence from what the
 * program prints under the defaults and under gc=none, which never collects.
 * A divergence is shrunk to its minimal vector and the program reduced, like
 * any matrix failure. Reports land in test-matrix/target/matrix/collectors.
 * The cells run on chicory-aot (whose defaults cell is the reference) and
 * wasmtime, the fastest in-process engines.
 */
class GeneratedCollectorsTest {
    static final long FIRST_SEED = 1001;
    static final int PROGRAMS = 20;
    /**
     * The fixed reservation is 3 MiB: a program that spawns (a third of the
     * generated ones, 8 of these 20) takes the asyncify unwind buffer from it
     * first, as large as the stack limit (1,920 KiB + 64 KiB, decision 0023),
     * so that 2 MiB would end every such program with "out of memory" before
     * main runs.
     */
    static final List<String> VECTORS = List.of("gc=none", "gcstress=every:1", "gc=mark-sweep,gcstress=every:1",
            "memory=fixed:3,gcstress=every:5", "gc=mark-sweep,memory=fixed:3,gcstress=every:5");
    private static final Path ROOT = Repository.root();

    @TestFactory
    Stream<DynamicTest> collectorsUnderStressPrintWhatNoneDoes() {
        Assumptions.assumeTrue(WasmTools.has("wasm-opt"), "wasm-opt (Debian's binaryen) is not installed");
        Path out = ROOT.resolve("test-matrix/target/matrix/collectors");
        List<CorpusProgram> programs = GeneratedPrograms.write(out.resolve("programs"), FIRST_SEED, PROGRAMS);
        List<FeatureVector> vectors = new VectorSet.Explicit(VECTORS).vectors(FeatureModel.standard());
        MatrixResult result = Matrix.run(MatrixPlan.of(ROOT, programs, vectors, MatrixEngines.named("chicory-aot,wasmtime"))
                .withReduction(ProgramReduction.into(out.resolve("reduced"))), Progress.none());
        Reports.write(result, out);
        System.out.print("collectors " + result.summary());
        return result.cells().stream().map(c -> DynamicTest.dynamicTest(
                c.program() + " [" + c.vectorLabel() + "] on " + c.engine(), () -> GeneratedDifferentialTest.check(c)));
    }
}
