package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.WeftInProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weft command as a user meets it: output, exit codes and messages. */
class CliTest {
    @TempDir
    Path dir;

    private static Result weft(String... args) {
        return WeftInProcess.run(args);
    }

    private Path program(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void runPrintsTheProgramsOutputAndPassesItsExitCodeThrough() throws IOException {
        Path p = program("hi.weft", "main() = { println(\"hi\"); exit(3) }\n");
        Result r = weft("run", p.toString());
        assertEquals(new Result(3, "hi\n", ""), r);
    }

    @Test
    void runStopsAProgramAtItsTimeoutAndExits124() throws IOException {
        // spin's self tail call is a loop; println's line is flushed by the RTS only at exit, so none appears.
        Path p = program("spin.weft", "spin(n: Int) -> Int = spin(n + 1)\nmain() = println(show(spin(0)))\n");
        long start = System.nanoTime();
        Result r = weft("run", p.toString(), "--timeout", "0.5");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new Result(124, "", "weft: " + p + " was still running after 0.5 s and was stopped (--timeout)\n"), r);
        assertTrue(ms < 20_000, "took " + ms + " ms");
        assertEquals(new Result(0, "hi\n", ""), weft("run", program("hi.weft", "main() = println(\"hi\")\n").toString(),
                "--timeout", "30"), "a program that ends in time runs as without --timeout");
        assertEquals(2, weft("run", p.toString(), "--timeout", "0").exit());
        assertEquals(2, weft("run", p.toString(), "--timeout", "soon").exit());
    }

    @Test
    void stackSetsTheLimitAndARecursionPastItIsAStackOverflow() throws IOException {
        Path p = program("deep.weft", "depth(n: Int) -> Int = if n == 0 { 0 } else { 1 + depth(n - 1) }\n"
                + "main() = { println(\"deep\"); println(show(depth(5000))) }\n");
        assertEquals(new Result(0, "deep\n5000\n", ""), weft("run", p.toString()));
        assertEquals(new Result(70, "deep\n", "runtime error: stack overflow\n"), weft("run", "--stack", "16", p.toString()));
        assertEquals(new Result(2, "", "weft: invalid --stack 5: the limit is in KiB, from 16 to 1048576\n"),
                weft("run", "--stack", "5", p.toString()));
    }

    @Test
    void statsComeAfterTheProgramsOutputOnStderr() throws IOException {
        Path p = program("hi.weft", "main() = println(\"hi\")\n");
        Result r = weft("run", "--stats", p.toString());
        assertEquals(0, r.exit());
        assertEquals("hi\n", r.out());
        assertTrue(r.err().startsWith("weft stats\n  collections 0 (0 minor, 0 major)\n"), r.err());
    }

    @Test
    void runtimeErrorsExitWith70AfterFlushingStdout() throws IOException {
        Path p = program("div.weft", "main() = {\n  println(\"a\")\n  println(show(1 / 0))\n}\n");
        Result r = weft("run", p.toString());
        assertEquals(70, r.exit());
        assertEquals("a\n", r.out());
        assertEquals(p + ":3:18: runtime error: division by zero\n", r.err());
    }

    @Test
    void compileErrorsExitWith1WithPositionSourceLineAndCaret() throws IOException {
        Path p = program("bad.weft", "main() = {\n  x = 1 + \"a\"\n  y\n}\n");
        for (String command : List.of("run", "check", "build")) {
            Result r = command.equals("build") ? weft(command, p.toString(), "-o", dir.resolve("x.wasm").toString())
                    : weft(command, p.toString());
            assertEquals(1, r.exit(), command);
            assertEquals(p + ":2:11: error: type mismatch in the right operand of + (both operands must have one type): "
                    + "expected Int, found String [E0201]\n"
                    + " 2 |   x = 1 + \"a\"\n"
                    + "   |           ^~~\n"
                    + p + ":3:3: error: unknown name 'y'; did you mean 'x'? [E0101]\n"
                    + " 3 |   y\n"
                    + "   |   ^\n"
                    + "2 errors\n", r.err(), command);
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("x.wasm")), "nothing is written for a program with errors");
    }

    @Test
    void aProcessProgramChecksRunsAndBuilds() throws IOException {
        Path p = program("ping.weft", """
                type Msg = Ping(Pid) | Stop

                server() -> Unit = receive {
                    Ping(from) -> { send(from, "pong"); server() }
                    Stop -> ()
                    after 1000 -> println("idle")
                }

                main() = {
                    s = spawn(server)
                    send(s, Ping(self()))
                    receive {
                        reply: String -> println(reply)
                    }
                    send(s, Stop)
                    receive { after 10 -> () }
                }
                """);
        assertEquals(new Result(0, "", ""), weft("check", p.toString()));
        assertEquals(new Result(0, "pong\n", ""), weft("run", p.toString()));
        assertEquals(new Result(0, "", ""), weft("build", p.toString(), "-o", dir.resolve("ping.wasm").toString()));
        assertTrue(Files.size(dir.resolve("ping.wasm")) > 0);
    }

    @Test
    void checkSeesTheStandardLibraryAndImportedModules() throws IOException {
        Files.createDirectories(dir.resolve("geo"));
        Files.writeString(dir.resolve("geo/shapes.weft"), "module geo.shapes\ndouble(x: Int) -> Int = 2 * x\n");
        Path p = program("uses.weft", "import geo.shapes\nmain() = println(show(map(range(0, 3), double)))\n");
        assertEquals(new Result(0, "", ""), weft("check", p.toString()));
        assertEquals(new Result(0, "[0, 2, 4]\n", ""), weft("run", p.toString()));
    }

    @Test
    void anInvalidFeatureVectorIsRefusedWithTheValidValues() throws IOException {
        Path p = program("ok.weft", "main() = ()\n");
        Result r = weft("run", p.toString(), "--features", "memory=huge");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("grow, fixed:<MiB>, host"), r.err());
        Result fixed = weft("run", p.toString(), "--features", "memory=fixed:16");
        assertEquals(0, fixed.exit(), fixed.err());
    }

    @Test
    void aMissingFileIsAUsageErrorWithoutAStackTrace() {
        Result r = weft("run", dir.resolve("nope.weft").toString());
        assertEquals(2, r.exit());
        assertEquals("weft: cannot read " + dir.resolve("nope.weft") + ": no such file\n", r.err());
    }

    @Test
    void buildIntoAFolderIsAUsageErrorThatSaysToNameTheFile() throws IOException {
        Path p = program("hello.weft", "main() = println(\"hi\")\n");
        Result r = weft("build", p.toString(), "-o", dir.toString());
        assertEquals(2, r.exit());
        assertEquals("weft: cannot write " + dir + ": it is a folder; name the file, as in -o "
                + dir.resolve("program.wasm") + "\n", r.err());
        assertTrue(Files.isDirectory(dir), "the folder is left alone");
    }

    @Test
    void buildIsByteIdenticalForIdenticalInputAndRunsOnNode() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-opt")), "wasm-opt (Debian's binaryen) is not installed");
        Path p = program("greet.weft", "greet(n) = \"Hello, ${n}!\"\nmain() = { println(greet(\"node\")); exit(4) }\n");
        Path a = dir.resolve("a.wasm");
        Path b = dir.resolve("out/b.wasm");
        assertEquals(0, weft("build", p.toString(), "-o", a.toString()).exit());
        assertEquals(0, weft("build", p.toString(), "-o", b.toString(), "-O3").exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(b), files.toList(), "no temporary file is left behind");
        }
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-validate")), "wasm-validate (Debian's wabt) is not installed");
        assertEquals(0, exec("wasm-validate", a.toString()).exit());
        Path loader = dir.resolve("run.mjs");
        Files.writeString(loader, """
                import { WASI } from 'node:wasi';
                import { readFileSync } from 'node:fs';
                const wasi = new WASI({ version: 'preview1', args: ['greet'], env: {}, returnOnExit: true });
                const module = await WebAssembly.compile(readFileSync(process.argv[2]));
                const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
                process.exitCode = wasi.start(instance);
                """);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")), "node is not installed");
        Result node = exec("node", "--no-warnings", "--no-turbo-fast-api-calls", loader.toString(), a.toString());
        assertEquals(new Result(4, "Hello, node!\n", ""), node);
    }

    @Test
    void optIsPartOfTheVectorAndTheFlagsWin() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-opt")), "wasm-opt (Debian's binaryen) is not installed");
        Path p = program("o.weft", "f(x: Int) -> Int = x * 2 + 1\nmain() = println(show(f(20)))\n");
        Path o0 = dir.resolve("o0.wasm");
        Path o2 = dir.resolve("o2.wasm");
        Path flagWins = dir.resolve("flag.wasm");
        assertEquals(0, weft("build", p.toString(), "-o", o0.toString(), "--features", "opt=0").exit());
        assertEquals(0, weft("build", p.toString(), "-o", o2.toString()).exit());
        assertEquals(0, weft("build", p.toString(), "-o", flagWins.toString(), "--features", "opt=2", "-O0").exit());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(o0), Files.readAllBytes(o2)), "build optimises by default");
        assertArrayEquals(Files.readAllBytes(o0), Files.readAllBytes(flagWins));
        Path o2Flag = dir.resolve("o2flag.wasm");
        Path o2Vector = dir.resolve("o2vector.wasm");
        assertEquals(0, weft("build", p.toString(), "-o", o2Flag.toString(), "-O2").exit());
        assertEquals(0, weft("build", p.toString(), "-o", o2Vector.toString(), "--features", "opt=2").exit());
        assertArrayEquals(Files.readAllBytes(o2Flag), Files.readAllBytes(o2Vector), "-O2 is short for opt=2");
        assertEquals(new Result(0, "41\n", ""), weft("run", p.toString(), "--features", "opt=s"));
    }

    @Test
    void emitWritesCoreIrAndWat() throws IOException {
        Path p = program("e.weft", "main() = println(\"x\")\n");
        assertEquals(0, weft("build", p.toString(), "-o", dir.resolve("e.core").toString(), "--emit", "core").exit());
        assertTrue(Files.readString(dir.resolve("e.core")).contains("(fn e.main () UNIT"));
        assertEquals(0, weft("build", p.toString(), "-o", dir.resolve("e.wat").toString(), "--emit", "wat").exit());
        assertTrue(Files.readString(dir.resolve("e.wat")).contains("(func $rts_println"));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "build", "check", "features")) {
            Result r = weft(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().startsWith("Usage: weft " + command), r.out());
        }
        Result top = weft("--help");
        assertTrue(top.out().contains("Exit codes"), top.out());
        Result none = weft();
        assertEquals(2, none.exit());
    }

    @Test
    void featuresListsEveryFeature() {
        Result r = weft("features");
        assertEquals(0, r.exit());
        for (String f : List.of("memory", "switch", "interrupt", "interp", "gc", "tailcall")) {
            assertTrue(r.out().contains(f), r.out());
        }
    }

    private static Result exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out, err);
    }
}
