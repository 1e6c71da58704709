package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.WeftInProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * weft build's output is never half-written: a build that fails, or is killed
 * at any moment, leaves no partial -o file, and an older output as it was; the
 * temporary file a killed build can leave does not stop the next build, which
 * removes it.
 */
class BuildOutputTest {
    @TempDir
    Path dir;

    private Path program(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private List<String> files() throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedBuildLeavesNoOutputAndNoTemporaryFile() throws IOException {
        Path bad = program("bad.weft", "main() = println(1 + \"one\")\n");
        Path big = program("big.weft", "main() = println(\"" + "x".repeat(1_100_000) + "\")\n");
        assertEquals(1, WeftInProcess.run("build", bad.toString(), "-o", dir.resolve("bad.wasm").toString()).exit());
        assertEquals(1, WeftInProcess.run("build", bad.toString(), "-o", dir.resolve("bad.wat").toString(), "--emit", "wat")
                .exit());
        Result tooSmall = WeftInProcess.run("build", big.toString(), "-o", dir.resolve("big.wasm").toString(),
                "--features", "memory=fixed:1,opt=0");
        assertEquals(1, tooSmall.exit(), tooSmall.err());
        assertEquals(List.of("bad.weft", "big.weft"), files(), "no output and no temporary file");
    }

    @Test
    void aFailedBuildLeavesAnOlderOutputAsItWas() throws IOException {
        Path out = dir.resolve("prog.wasm");
        Path good = program("prog.weft", "main() = println(\"hi\")\n");
        assertEquals(0, WeftInProcess.run("build", good.toString(), "-o", out.toString(), "-O0").exit());
        byte[] before = Files.readAllBytes(out);
        FileTime stamp = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out, stamp);
        Files.writeString(good, "main() = println(undefined_name)\n");
        assertEquals(1, WeftInProcess.run("build", good.toString(), "-o", out.toString(), "-O0").exit());
        assertArrayEquals(before, Files.readAllBytes(out));
        assertEquals(stamp, Files.getLastModifiedTime(out), "not even rewritten");
        assertEquals(List.of("prog.wasm", "prog.weft"), files());
    }

    @Test
    void aDeadBuildsTemporaryFileIsRemovedByTheNextAndALiveOnesIsKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
        Path dead = Files.writeString(dir.resolve(".prog.wasm." + gone.pid() + "-123.tmp"), "half a modu");
        Path live = Files.writeString(dir.resolve(".prog.wasm." + ProcessHandle.current().pid() + "-456.tmp"), "being wr");
        Path other = Files.writeString(dir.resolve(".other.wasm." + gone.pid() + "-1.tmp"), "not this output's");
        Path p = program("prog.weft", "main() = println(\"hi\")\n");
        assertEquals(0, WeftInProcess.run("build", p.toString(), "-o", dir.resolve("prog.wasm").toString(), "-O0").exit());
        assertFalse(Files.exists(dead), "the dead build's leftover is gone");
        assertTrue(Files.exists(live), "a live build's file is left alone");
        assertTrue(Files.exists(other), "another output's files are left alone");
        assertTrue(Files.size(dir.resolve("prog.wasm")) > 100);
    }

    /** 600 functions and a main that calls each: seconds of compiling in a fresh JVM on a 2-core machine. */
    private Path bigProgram(String name, int variant) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            s.append("f").append(i).append("(x: Int) -> Int = if x > ").append(i).append(" { x * ").append(i + variant)
                    .append(" + ").append(i).append(" } else { x - ").append(i).append(" }\n");
        }
        s.append("main() = {\n");
        for (int i = 0; i < 600; i++) s.append("    println(\"f").append(i).append(" ${f").append(i).append("(")
                .append(i * 7 % 600).append(")}\")\n");
        return program(name, s.append("}\n").toString());
    }

    @Test
    @Timeout(600)
    void aBuildKilledAtAnyMomentLeavesNoOutputOrTheOlderOne() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path out = Files.createDirectories(dir.resolve("out")).resolve("big.wasm");
        Path older = bigProgram("older.weft", 3);
        Path newer = bigProgram("big.weft", 4);
        // The two complete outputs a reader may see, and how long a whole build takes.
        assertEquals(0, WeftInProcess.run("build", older.toString(), "-o", out.toString(), "-O0").exit());
        byte[] olderBytes = Files.readAllBytes(out);
        Files.delete(out);
        long start = System.nanoTime();
        assertEquals(0, build(logs, newer, out).waitFor(), Files.readString(logs.resolve("err")));
        long whole = (System.nanoTime() - start) / 1_000_000;
        byte[] newerBytes = Files.readAllBytes(out);
        Files.delete(out);

        for (boolean withOlder : new boolean[] {false, true}) {
            for (double moment : new double[] {0.2, 0.5, 0.8, 0.97}) {
                if (withOlder) Files.write(out, olderBytes);
                Process p = build(logs, newer, out);
                Thread.sleep((long) (whole * moment));
                List<ProcessHandle> children = p.descendants().toList();
                p.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
                p.waitFor();
                children.forEach(ProcessHandle::destroyForcibly); // wasm-opt, if it was running
                String where = "killed at " + moment + " of " + whole + " ms" + (withOlder ? " over an older output" : "");
                if (Files.exists(out)) {
                    byte[] seen = Files.readAllBytes(out);
                    assertTrue(Arrays.equals(seen, newerBytes) || withOlder && Arrays.equals(seen, olderBytes),
                            where + ": a partial or foreign output of " + seen.length + " bytes");
                } else {
                    assertFalse(withOlder, where + ": the older output was removed");
                }
                if (Files.exists(out) && !withOlder) Files.delete(out);
            }
        }
        // Whatever the kills left beside the output, the next build completes and cleans up after them.
        assertEquals(0, build(logs, newer, out).waitFor(), Files.readString(logs.resolve("err")));
        assertArrayEquals(newerBytes, Files.readAllBytes(out));
        try (var left = Files.list(out.getParent())) {
            assertEquals(List.of(out), left.toList(), "no temporary file of a killed build is left");
        }
    }

    private static Process build(Path logs, Path source, Path out) throws IOException {
        return WeftJvm.start(logs, List.of(), "build", source.toString(), "-o", out.toString(), "-O0");
    }
}
