package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.matrix.engines.Unfinished;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json round-trips, junit.xml is well formed and counts right, merge joins shards, shards partition. */
class ReportsTest {
    static MatrixResult sample(String shard, String program) {
        String odd = "line \"quoted\" <tag> & \t tab \u0001 ctl \u00e9";
        return new MatrixResult(List.of("", "opt=0"), List.of("chicory", "node"), List.of(shard), 1234, List.of(
                CellResult.pass(program, "", "chicory", 12),
                CellResult.skip(program, "", "node", "node is not on the PATH"),
                CellResult.fail(program, "opt=0", "chicory", "stdout differs from the golden files", 7,
                        "stdout differs from the golden files:\n- " + odd + "\n+ other\n")
                        .shrunk("opt=0", "./weft run " + program + " --engine chicory --features opt=0")
                        .withReduced(new CellResult.Reduced("out/reduced/a-reduced.weft", "main() = println(\"" + odd + "\")\n",
                                "./weft run out/reduced/a-reduced.weft --engine chicory --features opt=0",
                                "./weft run out/reduced/a-reduced.weft --engine chicory --features opt=3", 42, true)),
                CellResult.skip(program, "opt=0", "node", "node is not on the PATH")));
    }

    @Test
    void jsonRoundTrips(@TempDir Path dir) {
        MatrixResult r = sample("1/2", "tests/programs/a.weft");
        Reports.write(r, dir);
        assertEquals(r, Reports.read(dir));
        assertTrue(Files.exists(dir.resolve(Reports.HTML)));
    }

    @Test
    void junitCountsAndEscapes(@TempDir Path dir) throws Exception {
        // The module does not read java.xml, so the checks are textual.
        Reports.write(sample("all", "tests/programs/a.weft"), dir);
        String xml = Files.readString(dir.resolve(Reports.JUNIT));
        assertTrue(xml.contains("<testsuite name=\"weft matrix\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"2\""), xml);
        assertEquals(4, xml.split("<testcase ", -1).length - 1);
        assertTrue(xml.contains("<skipped message=\"node is not on the PATH\"/>"), xml);
        assertTrue(xml.contains("minimal vector: opt=0\nreproduce: ./weft run tests/programs/a.weft"), xml);
        assertTrue(xml.contains("reduced program: out/reduced/a-reduced.weft\nreproduce reduced: ./weft run "
                + "out/reduced/a-reduced.weft --engine chicory --features opt=0\ncompare with: "), xml);
        assertTrue(xml.contains("line \"quoted\" &lt;tag&gt; &amp; \t tab \\u0001 ctl \u00e9"), xml);
        assertTrue(xml.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "no raw control characters");
    }

    @Test
    void timeoutsAndCrashesAreStatusesOfTheirOwnInEveryReport(@TempDir Path dir) throws Exception {
        String p = "tests/programs/a.weft";
        MatrixResult r = new MatrixResult(List.of(""), List.of("chicory", "node"), List.of("all"), 10, List.of(
                CellResult.unfinished(p, "", "chicory", new Unfinished.TimedOut(Duration.ofSeconds(60), true), 60_000)
                        .shrunk("", "./weft run " + p + " --engine chicory --features opt=3"),
                CellResult.unfinished(p, "", "node", new Unfinished.Crashed(
                        "node was killed by signal 9 (SIGKILL) before the program ended", "FATAL ERROR: x\n"), 5)
                        .shrunk("", "./weft run " + p + " --engine node --features opt=3")));
        assertTrue(r.summary().startsWith("matrix: 2 cells: 0 passed, 0 failed, 1 timed out, 1 crashed, 0 skipped;"),
                r.summary());
        assertTrue(r.summary().contains("TIMEOUT tests/programs/a.weft on chicory with defaults: timed out: still running"
                + " after 60 s\n  minimal vector: defaults\n"), r.summary());
        assertTrue(r.summary().contains("CRASH tests/programs/a.weft on node with defaults: engine crashed: node was killed"),
                r.summary());
        Reports.write(r, dir);
        assertEquals(r, Reports.read(dir));
        String json = Files.readString(dir.resolve(Reports.JSON));
        assertTrue(json.contains("\"timedOut\": 1, \"crashed\": 1"), json);
        assertTrue(json.contains("\"status\": \"timeout\"") && json.contains("\"status\": \"crash\""), json);
        String xml = Files.readString(dir.resolve(Reports.JUNIT));
        assertTrue(xml.contains("tests=\"2\" failures=\"1\" errors=\"1\" skipped=\"0\""), xml);
        assertTrue(xml.contains("<failure type=\"timeout\" message=\"timed out: still running after 60 s\">"), xml);
        assertTrue(xml.contains("<error type=\"crash\" message=\"engine crashed: node was killed"), xml);
        assertTrue(xml.contains("FATAL ERROR: x"), "the crash's details: " + xml);
        String html = Files.readString(dir.resolve(Reports.HTML));
        assertTrue(html.contains("1 timed out</span>") && html.contains("1 crashed</span>"), html);
        assertTrue(html.contains("<td class=\"c-timeout") && html.contains("<td class=\"c-crash"), html);
        assertTrue(html.contains(">timeout: timed out: still running after 60 s</div>"), html);
    }

    @Test
    void aFormatOneReportIsStillRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Reports.JSON), """
                {"format": 1, "vectors": [""], "engines": ["chicory"], "shards": ["all"], "elapsedMillis": 5,
                 "summary": {"cells": 1, "passed": 1, "failed": 0, "skipped": 0},
                 "cells": [{"program": "tests/programs/a.weft", "vector": "", "engine": "chicory", "status": "pass",
                            "reason": "", "timeMillis": 3}]}
                """);
        assertEquals(List.of(CellResult.pass("tests/programs/a.weft", "", "chicory", 3)), Reports.read(dir).cells());
        Files.writeString(dir.resolve(Reports.JSON), "{\"format\": 3, \"cells\": []}");
        assertThrows(IllegalArgumentException.class, () -> Reports.read(dir));
    }

    @Test
    void theSummaryShowsTheReducedProgram() {
        String summary = sample("all", "tests/programs/a.weft").summary();
        assertTrue(summary.contains("  reduced program (1 lines, 42 candidates tested, stopped at the time limit): out/reduced/a-reduced.weft\n"
                + "  reproduce reduced: ./weft run out/reduced/a-reduced.weft --engine chicory --features opt=0\n"
                + "  compare with: ./weft run out/reduced/a-reduced.weft --engine chicory --features opt=3\n"
                + "    | main() = println("), summary);
    }

    @Test
    void mergeJoinsShards() {
        MatrixResult m = Reports.merge(List.of(sample("1/2", "tests/programs/a.weft"), sample("2/2", "tests/programs/b.weft")));
        assertEquals(8, m.cells().size());
        assertEquals(List.of("1/2", "2/2"), m.shards());
        assertEquals(List.of("", "opt=0"), m.vectors());
        assertEquals(2, m.failures().size());
        assertThrows(IllegalArgumentException.class,
                () -> Reports.merge(List.of(sample("1/2", "tests/programs/a.weft"), sample("1/2", "tests/programs/a.weft"))));
    }

    @Test
    void shardsPartitionThePrograms() {
        Path root = Repository.root();
        List<CorpusProgram> programs = CorpusProgram.load(root.resolve("tests/programs"));
        for (int n = 1; n <= 5; n++) {
            Set<CorpusProgram> seen = new HashSet<>();
            List<Integer> sizes = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                List<CorpusProgram> mine = MatrixPlan.of(root, programs, List.of(dev.weft.features.FeatureVector.defaults()),
                        List.of()).withShard(new Shard(i, n)).shardPrograms();
                for (CorpusProgram p : mine) assertTrue(seen.add(p), p.name() + " in two shards");
                sizes.add(mine.size());
            }
            assertEquals(programs.size(), seen.size());
            assertTrue(sizes.stream().mapToInt(Integer::intValue).max().getAsInt()
                    - sizes.stream().mapToInt(Integer::intValue).min().getAsInt() <= 1, "balanced: " + sizes);
        }
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }
}
