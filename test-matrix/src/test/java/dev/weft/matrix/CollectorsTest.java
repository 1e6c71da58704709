package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.Engines;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The collectors inside a fixed reservation, on every engine: binary-trees
 * at depth 16 (the corpus program, deeper) completes in memory=fixed:64 under
 * each collector that collects, while gc=none, which frees nothing, runs out
 * of it after the lines it could print; a program that keeps everything it allocates ends with
 * {@code runtime error: out of memory} under memory=fixed:16 whatever the
 * collector. Chicory's interpreter runs binary-trees at depth 13 to stay in the
 * suite's time. An engine that cannot start here gives skipped tests with its
 * reason.
 */
class CollectorsTest {
    private static final List<String> COLLECTING = List.of("copying", "mark-sweep");
    private static final List<String> ALL = List.of("copying", "mark-sweep", "none");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TestFactory
    Stream<DynamicTest> binaryTreesSixteenRunsInSixtyFourMiB() throws IOException {
        String corpus = Files.readString(Repository.root().resolve("tests/programs/binary_trees.weft"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (Engine engine : Engines.all()) {
            int depth = engine.name().equals(ChicoryEngine.NAME) ? 13 : 16;
            String program = corpus.replace("n = 10\n", "n = " + depth + "\n");
            for (String gc : COLLECTING) {
                tests.add(DynamicTest.dynamicTest("binary-trees " + depth + ", gc=" + gc + " on " + engine.name(),
                        () -> expect(engine, program, "memory=fixed:64,gc=" + gc, binaryTrees(depth), "", 0)));
            }
            // gc=none frees nothing: binary-trees 16 allocates about 350 MB, 13 about 31 MB.
            String none = depth == 16 ? "memory=fixed:64,gc=none" : "memory=fixed:16,gc=none";
            tests.add(DynamicTest.dynamicTest("binary-trees " + depth + ", " + none + " on " + engine.name()
                    + " runs out of memory", () -> {
                RunOutcome o = run(engine, program, none);
                assertEquals("runtime error: out of memory\n", o.stderr(), none);
                assertEquals(70, o.exitCode(), none);
                String all = binaryTrees(depth);
                assertTrue(all.startsWith(o.stdout()) && o.stdout().length() < all.length()
                        && o.stdout().endsWith("\n"), "the lines before memory ran out: " + o.stdout());
            }));
        }
        return tests.stream();
    }

    /** Keeps every string it makes in a growing list, so no collector can free any. */
    private static final String HOARDER = """
            hoard(n: Int, kept: List[String]) -> Int = hoard(n + 1, ["item ${n} of a list that only grows"] ++ kept)

            main() = {
                println("hoarding")
                println(show(hoard(0, [])))
            }
            """;

    @TestFactory
    Stream<DynamicTest> keepingEverythingAliveRunsOutOfMemory() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Engine engine : Engines.all()) {
            for (String gc : ALL) {
                tests.add(DynamicTest.dynamicTest("gc=" + gc + " on " + engine.name(), () -> expect(engine, HOARDER,
                        "memory=fixed:16,gc=" + gc, "hoarding\n", "runtime error: out of memory\n", 70)));
            }
        }
        return tests.stream();
    }

    /** The published output of binary-trees at this depth (the corpus program's format). */
    static String binaryTrees(int n) {
        int min = 4;
        int max = Math.max(min + 2, n);
        StringBuilder out = new StringBuilder();
        out.append("stretch tree of depth ").append(max + 1).append("\t check: ").append((1L << (max + 2)) - 1).append('\n');
        for (int d = min; d <= max; d += 2) {
            long iterations = 1L << (max - d + min);
            out.append(iterations).append("\t trees of depth ").append(d).append("\t check: ")
                    .append(iterations * ((1L << (d + 1)) - 1)).append('\n');
        }
        out.append("long lived tree of depth ").append(max).append("\t check: ").append((1L << (max + 1)) - 1).append('\n');
        return out.toString();
    }

    private static void expect(Engine engine, String program, String vector, String stdout, String stderr, int exit) {
        RunOutcome o = run(engine, program, vector);
        String where = vector + " on " + engine.name();
        assertEquals(stdout, o.stdout(), where);
        assertEquals(stderr, o.stderr(), where);
        assertEquals(exit, o.exitCode(), where);
    }

    private static RunOutcome run(Engine engine, String program, String vector) {
        FeatureVector features = FeatureVector.defaults().overriddenBy(vector);
        Optional<String> why = engine.cannotRun(features);
        Assumptions.assumeTrue(why.isEmpty(), () -> why.orElse(""));
        Diagnostics diagnostics = new Diagnostics();
        byte[] module = Compiler.compile(new SourceFile("collectors.weft", program), features, diagnostics)
                .orElseThrow(() -> new AssertionError("does not compile: " + diagnostics.all()));
        RunOutcome o = engine.run(module, RunInput.of("collectors.weft").withTimeout(Optional.of(LIMIT)));
        assertEquals(Optional.empty(), o.unfinished(), vector + " on " + engine.name());
        return o;
    }
}
