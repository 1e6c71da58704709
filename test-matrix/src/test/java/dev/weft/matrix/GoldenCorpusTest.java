package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.RunOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of tests/programs (behaviour, runtime errors) and tests/errors
 * (compile errors) against its golden files, on Chicory, unoptimised (opt=0)
 * and with wasm-opt -O3 (opt=3, what weft build ships). The matrix (weft matrix) covers the other vectors and engines. Regenerate the golden files with tests/approve, never by hand.
 */
class GoldenCorpusTest {
    private static final Path ROOT = Repository.root();
    private static final ChicoryEngine CHICORY = new ChicoryEngine();

    @TestFactory
    Stream<DynamicTest> programs() {
        return cells(ROOT.resolve("tests/programs"), 25);
    }

    @TestFactory
    Stream<DynamicTest> compileErrors() {
        return cells(ROOT.resolve("tests/errors"), 10);
    }

    private static Stream<DynamicTest> cells(Path dir, int atLeast) {
        List<CorpusProgram> programs = CorpusProgram.load(dir);
        assertTrue(Repository.approving() || programs.size() >= atLeast, dir + " should hold at least " + atLeast + " programs, has " + programs.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusProgram p : programs) {
            tests.add(DynamicTest.dynamicTest(p.name() + " opt=0", p.source().toUri(), () -> check(p, "opt=0")));
            if (!Repository.approving()) {
                tests.add(DynamicTest.dynamicTest(p.name() + " opt=3", p.source().toUri(), () -> {
                    Assumptions.assumeTrue(WasmTools.has("wasm-opt"), "wasm-opt (Debian's binaryen) is not installed");
                    check(p, "opt=3");
                }));
            }
        }
        return tests.stream();
    }

    private static void check(CorpusProgram p, String vector) {
        RunOutcome outcome = CorpusRunner.run(ROOT, p, CHICORY, FeatureVector.parse(vector));
        if (Repository.approving()) {
            CorpusRunner.approve(p, outcome);
            return;
        }
        assertEquals(p.expectedStdout(), outcome.stdout(), p.name() + ": stdout");
        assertEquals(p.expectedStderr(), outcome.stderr(), p.name() + ": stderr");
        assertEquals(p.expectedExit(), outcome.exitCode(), p.name() + ": exit code");
    }
}
