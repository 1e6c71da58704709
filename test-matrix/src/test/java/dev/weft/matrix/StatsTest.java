package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.BuildOptions;
import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.Engines;
import dev.weft.matrix.engines.RunInput;
import dev.weft.matrix.engines.RunOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code weft run --stats} (core/stats.wat): after the program's own output,
 * unchanged, stderr holds the statistics; the bytes allocated are the same
 * under every collector and engine (the program's allocations, 8-aligned),
 * gc=none never collects and its peak heap holds everything it allocated in
 * chunks that at most double (gc/none.wat), the
 * collectors collect in a heap smaller than that, and no heap is larger than
 * the linear memory. A build without --stats prints nothing of it. A program
 * that spawns adds its processes (proc/stats.wat): a ring of 1,000 relays
 * made 1,001 (main included), all live at once, sent 20,020 messages and
 * switched at least once a message; one that does not spawn has no such lines.
 */
class StatsTest {
    private static final Pattern LINE = Pattern.compile("  (collections|allocated|peak heap|memory) +([0-9,]+).*");
    private static final Pattern PROCESSES = Pattern.compile(
            "(?s).*\n  processes   ([0-9,]+) spawned, peak ([0-9,]+) live\n  messages    ([0-9,]+)\n  switches    ([0-9,]+)\n");

    @TestFactory
    Stream<DynamicTest> theStatisticsAddUp() throws IOException {
        Path file = Repository.root().resolve("tests/programs/binary_trees.weft");
        String program = Files.readString(file, StandardCharsets.UTF_8);
        String stdout = Files.readString(Repository.root().resolve("tests/programs/binary_trees.stdout"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String engine : List.of("chicory-aot", "wasmtime")) {
            Map<String, Map<String, Long>> byGc = new LinkedHashMap<>();
            for (String gc : List.of("none", "copying", "mark-sweep")) {
                tests.add(DynamicTest.dynamicTest("gc=" + gc + " on " + engine, () -> {
                    RunOutcome o = run(Engines.named(engine), program, "gc=" + gc, true);
                    assertEquals(stdout, o.stdout());
                    assertEquals(0, o.exitCode(), o.stderr());
                    Map<String, Long> stats = parse(o.stderr());
                    byGc.put(gc, stats);
                    assertTrue(stats.get("peak heap") <= stats.get("memory"), o.stderr());
                    if (gc.equals("none")) {
                        assertEquals(0L, stats.get("collections"), o.stderr());
                        assertTrue(stats.get("allocated") <= stats.get("peak heap"), o.stderr());
                        assertTrue(stats.get("peak heap") <= 2 * stats.get("allocated") + 4096, o.stderr());
                    } else {
                        assertTrue(stats.get("collections") > 0, o.stderr());
                        assertTrue(stats.get("peak heap") < stats.get("allocated"), o.stderr());
                        assertEquals(byGc.get("none").get("allocated"), stats.get("allocated"),
                                "the same allocations under every collector");
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest("without --stats on " + engine, () -> {
                RunOutcome o = run(Engines.named(engine), program, "", false);
                assertEquals(stdout, o.stdout());
                assertEquals("", o.stderr());
            }));
            tests.add(DynamicTest.dynamicTest("no processes' lines without processes on " + engine, () -> {
                RunOutcome o = run(Engines.named(engine), program, "", true);
                assertTrue(!o.stderr().contains("processes"), o.stderr());
            }));
            for (String vector : List.of("", "switch=every", "gc=mark-sweep,switch=clock:200")) {
                tests.add(DynamicTest.dynamicTest("a ring's processes under '" + vector + "' on " + engine, () -> {
                    Path ring = Repository.root().resolve("tests/programs/proc_ring.weft");
                    RunOutcome o = run(Engines.named(engine), "proc_ring.weft",
                            Files.readString(ring, StandardCharsets.UTF_8), vector, true);
                    assertEquals(0, o.exitCode(), o.stderr());
                    Matcher m = PROCESSES.matcher(o.stderr());
                    assertTrue(m.matches(), o.stderr());
                    assertEquals(1001L, number(m.group(1)), o.stderr());
                    assertEquals(1001L, number(m.group(2)), o.stderr());
                    assertEquals(20_020L, number(m.group(3)), o.stderr());
                    assertTrue(number(m.group(4)) >= 20_000L, o.stderr());
                }));
            }
        }
        return tests.stream();
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    private static Map<String, Long> parse(String stderr) {
        assertTrue(stderr.startsWith("weft stats\n"), stderr);
        Map<String, Long> out = new LinkedHashMap<>();
        for (String line : stderr.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) out.put(m.group(1), Long.parseLong(m.group(2).replace(",", "")));
        }
        assertEquals(4, out.size(), stderr);
        assertTrue(stderr.contains("\n  pauses "), stderr);
        return out;
    }

    private static RunOutcome run(Engine engine, String program, String vector, boolean stats) {
        return run(engine, "binary_trees.weft", program, vector, stats);
    }

    private static RunOutcome run(Engine engine, String name, String program, String vector, boolean stats) {
        FeatureVector features = FeatureVector.defaults().overriddenBy(vector);
        Assumptions.assumeTrue(engine.cannotRun(features).isEmpty(), () -> engine.cannotRun(features).orElse(""));
        Diagnostics diagnostics = new Diagnostics();
        byte[] module = Compiler.compile(new SourceFile(name, program), features,
                BuildOptions.DEFAULT.withStats(stats), diagnostics)
                .orElseThrow(() -> new AssertionError("does not compile: " + diagnostics.all()));
        return engine.run(module, RunInput.of(name));
    }
}
