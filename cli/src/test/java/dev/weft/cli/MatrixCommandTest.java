package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.WeftInProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** weft matrix and weft matrix merge: exit codes, summary, reports, sharding, bad arguments. */
class MatrixCommandTest {
    @TempDir
    Path dir;

    private static Result weft(String... args) {
        return WeftInProcess.run(args);
    }

    private Path corpus() throws IOException {
        Path c = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(c.resolve("a.weft"), "main() = println(\"a\")\n");
        Files.writeString(c.resolve("a.stdout"), "a\n");
        Files.writeString(c.resolve("b.weft"), "main() = { println(show(1 < 2)); exit(4) }\n");
        Files.writeString(c.resolve("b.stdout"), "true\n");
        Files.writeString(c.resolve("b.exit"), "4\n");
        Files.writeString(c.resolve("c.weft"), "main() = println(show(6 * 7))\n");
        Files.writeString(c.resolve("c.stdout"), "42\n");
        return c;
    }

    @Test
    void passingCorpusExitsZeroAndWritesReports() throws IOException {
        Path report = dir.resolve("report");
        Result r = weft("matrix", corpus().toString(), "--engines", "chicory", "--vectors", "opt=0;memory=fixed:16,opt=0",
                "--report", report.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("matrix: 9 cells: 9 passed, 0 failed, 0 skipped; 3 vectors x 1 engines"), r.out());
        for (String f : new String[] {"report.json", "junit.xml", "report.html"}) {
            assertTrue(Files.exists(report.resolve(f)), f);
        }
    }

    @Test
    void aFailingCellExitsOneWithItsMinimalVectorAndCommand() throws IOException {
        Path c = corpus();
        Files.writeString(c.resolve("c.stdout"), "41\n");
        Result r = weft("matrix", c.resolve("c.weft").toString(), "--engines", "chicory", "--vectors", "opt=0");
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("2 cells: 0 passed, 2 failed"), r.out());
        assertTrue(r.out().contains("minimal vector: defaults"), r.out());
        assertTrue(r.out().contains("reproduce: ./weft run "), r.out());
    }

    @Test
    void aCellThatNeverEndsTimesOutAndTheRunGoesOn() throws IOException {
        Path c = corpus();
        Files.writeString(c.resolve("spin.weft"), "spin(n: Int) -> Int = spin(n + 1)\nmain() = println(show(spin(0)))\n");
        Result r = weft("matrix", c.resolve("a.weft").toString(), c.resolve("spin.weft").toString(), "--engines", "chicory",
                "--vectors", "defaults", "--timeout", "1");
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("matrix: 2 cells: 1 passed, 0 failed, 1 timed out, 0 skipped"), r.out());
        assertTrue(r.out().contains("/corpus/spin.weft on chicory with defaults: timed out: still running after 1 s\n"
                + "  minimal vector: defaults\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("TIMEOUT ") && l.contains("spin.weft")), r.out());
        assertEquals(2, weft("matrix", c.toString(), "--timeout", "-1").exit());
    }

    @Test
    void shardsMergeIntoTheWholeRun() throws IOException {
        Path c = corpus();
        for (int i = 1; i <= 2; i++) {
            Result r = weft("matrix", c.toString(), "--engines", "chicory", "--vectors", "defaults", "--shard", i + "/2",
                    "--report", dir.resolve("shard" + i).toString());
            assertEquals(0, r.exit(), r.err() + r.out());
        }
        Result m = weft("matrix", "merge", dir.resolve("shard1").toString(), dir.resolve("shard2").toString(),
                "--report", dir.resolve("merged").toString());
        assertEquals(0, m.exit(), m.err() + m.out());
        assertTrue(m.out().contains("matrix: 3 cells: 3 passed"), m.out());
        String json = Files.readString(dir.resolve("merged/report.json"));
        assertTrue(json.contains("\"shards\": [\"1/2\", \"2/2\"]"), json);
    }

    @Test
    void generatedProgramsAreWrittenRunAndNamedBySeed() throws IOException {
        Path report = dir.resolve("campaign");
        Result r = weft("matrix", "--generate", "2:40", "--engines", "chicory", "--vectors", "opt=0", "--report",
                report.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("generate: 2 programs, seeds 40 to 41, in " + report.resolve("programs")
                + " (the same again: weft matrix --generate 2:40)"), r.out());
        assertTrue(r.out().contains("matrix: 4 cells: 4 passed, 0 failed, 0 skipped; 2 vectors x 1 engines"), r.out());
        assertEquals(dev.weft.matrix.generate.ProgramGenerator.generate(41),
                Files.readString(report.resolve("programs/gen-41.weft")));
        Result random = weft("matrix", "--generate", "1", "--engines", "chicory", "--vectors", "defaults", "--report",
                dir.resolve("random").toString());
        assertEquals(0, random.exit(), random.err() + random.out());
        assertTrue(random.out().matches("(?s)generate: 1 program, seeds (\\d+) to \\1, in .*"), random.out());
    }

    @Test
    void badArgumentsExitTwo() throws IOException {
        Path c = corpus();
        assertEquals(2, weft("matrix").exit());
        assertEquals(2, weft("matrix", c.toString(), "--vectors", "triples").exit());
        for (String bad : new String[] {"0", "x", "3:-1", "2:3:4"}) {
            Result g = weft("matrix", "--generate", bad, "--report", dir.resolve("g").toString());
            assertEquals(2, g.exit(), bad);
            assertTrue(g.err().contains("invalid --generate '" + bad + "'"), g.err());
        }
        assertEquals(2, weft("matrix", c.toString(), "--vectors", "tailcall=native").exit());
        assertEquals(2, weft("matrix", c.toString(), "--engines", "nosuch").exit());
        assertEquals(2, weft("matrix", c.toString(), "--shard", "3/2").exit());
        assertEquals(2, weft("matrix", dir.resolve("missing.weft").toString()).exit());
        assertEquals(2, weft("matrix", "merge", dir.toString(), "--report", dir.resolve("o").toString()).exit());
    }

    @Test
    void helpNamesTheVectorKinds() {
        Result r = weft("matrix", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("pairwise") && r.out().contains("--shard") && r.out().contains("merge"), r.out());
    }
}
