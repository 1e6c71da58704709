package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.WeftInProcess.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources nobody writes by hand, each of which once crashed, hung or exhausted a
 * stack: every one either builds or gets a diagnostic that names the limit
 * (docs/diagnostics.md, "Limits"), never a stack trace or an internal error.
 * Each runs under a time bound that only guards against a hang (minutes, not a
 * performance target: performance is measured by bench/).
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private Path source(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static Result weft(String... args) {
        return assertTimeoutPreemptively(HANG, () -> WeftInProcess.run(args));
    }

    /** Exit 1 with one diagnostic of {@code code} whose message contains {@code says}, and no internal error. */
    private static void refused(Result r, String code, String says) {
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("[" + code + "]") && r.err().contains(says), r.err());
        assertFalse(r.err().contains("internal compiler error") || r.err().contains("Exception"), r.err());
    }

    private static String repeat(int n, String separator, IntFunction<String> item) {
        return IntStream.range(0, n).mapToObj(item).collect(Collectors.joining(separator));
    }

    @Test
    void anExpressionNested100000DeepIsRefusedAtTheBracketLimit() throws IOException {
        Path p = source("parens.weft", "main() = println(show(" + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "))\n");
        Result r = weft("check", p.toString());
        refused(r, "E0007", "brackets are nested more than 256 deep");
        assertTrue(r.err().startsWith(p + ":1:277: error:"), r.err());
    }

    @Test
    void aListLiteralNested10000DeepIsRefusedAtTheBracketLimit() throws IOException {
        Path p = source("lists.weft", "main() = println(show(" + "[".repeat(10_000) + "1" + "]".repeat(10_000) + "))\n");
        refused(weft("build", p.toString(), "-o", dir.resolve("lists.wasm").toString()), "E0007", "nested more than 256");
        assertFalse(Files.exists(dir.resolve("lists.wasm")));
    }

    @Test
    void aChainOfOperatorsPastTheDepthLimitIsRefusedWhereItIs() throws IOException {
        Path p = source("sum.weft", "main() = {\n  println(show(" + repeat(150_000, " + ", i -> "1") + "))\n}\n");
        Result r = weft("check", p.toString());
        refused(r, "E0007", "nested more than 100,000 levels deep");
        assertTrue(r.err().startsWith(p + ":2:"), r.err());
    }

    @Test
    void aSumOf50000TermsCompilesAndRuns() throws IOException {
        Path p = source("sum.weft", "main() = println(show(" + repeat(50_000, " + ", i -> "2") + "))\n");
        assertEquals(new Result(0, "100000\n", ""), weft("run", p.toString()));
    }

    @Test
    void aTenMegabyteStringLiteralBuildsAndRuns() throws IOException {
        Path p = source("big.weft", "main() = {\n  s = \"" + "ab".repeat(5_000_000) + "\"\n  println(show(length(s)))\n}\n");
        Path out = dir.resolve("big.wasm");
        assertEquals(0, weft("build", p.toString(), "-o", out.toString(), "-O0").exit());
        assertTrue(Files.size(out) > 10_000_000, "the string is in the module's data");
        assertEquals(new Result(0, "10000000\n", ""), weft("run", p.toString()));
    }

    @Test
    void aOneMegabyteNameIsRefusedAtTheNameLimitAndOneOf1024Characters() throws IOException {
        String huge = "x".repeat(1 << 20);
        Path p = source("name.weft", "main() = {\n  " + huge + " = 1\n  println(show(" + huge + "))\n}\n");
        Result r = weft("check", p.toString());
        refused(r, "E0007", "this name has 1048576 characters, more than the compiler's limit of 1024");
        assertTrue(r.err().length() < 2_000, "a long line is shown as a window around the error: " + r.err().length());
        String longest = "y".repeat(1024);
        Path ok = source("ok.weft", "main() = {\n  " + longest + " = 7\n  println(show(" + longest + "))\n}\n");
        assertEquals(new Result(0, "7\n", ""), weft("run", ok.toString()));
    }

    @Test
    void anIntLiteralOf1000DigitsIsOutOfRangeAndQuotedShort() throws IOException {
        Path p = source("int.weft", "main() = println(show(" + "9".repeat(1000) + "))\n");
        Result r = weft("check", p.toString());
        refused(r, "E0004", "integer literal 99999999999999999999... (1000 characters) does not fit in Int");
    }

    @Test
    void aSourceOf50MegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path p = dir.resolve("huge.weft");
        byte[] line = "f(x) = x + 1\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(p)) {
            for (int written = 0; written < 50_000_000; written += line.length) out.write(line);
        }
        Result r = weft("build", p.toString(), "-o", dir.resolve("huge.wasm").toString());
        refused(r, "E0007", "more than the compiler's limit of 16777216 (16 MiB) for one source file");
        assertTrue(r.err().startsWith(p + ":1:1: error:"), r.err());
    }

    @Test
    void tenThousandFunctionsEachCallingTheNextBuildAtEveryOptLevelAndRun() throws IOException {
        String chain = repeat(10_000, "\n", i -> "f" + i + "(x: Int) -> Int = f" + (i + 1) + "(x + 1)");
        Path p = source("chain.weft", chain + "\nf10000(x: Int) -> Int = x\nmain() = println(show(f0(0)))\n");
        // opt=3 is the build's default: Binaryen's -O3 preset took 19 minutes on this (decision 0018).
        for (String opt : new String[] {"-O3", "-O2", "-Os"}) {
            Path out = dir.resolve("chain" + opt + ".wasm");
            assertEquals(0, weft("build", p.toString(), "-o", out.toString(), opt).exit(), opt);
        }
        assertEquals(new Result(0, "10000\n", ""), weft("run", p.toString()));
    }

    @Test
    void aFunctionWithMoreLocalsThanEnginesAcceptIsRefusedNamingTheLimit() throws IOException {
        Path p = source("locals.weft", "main() = {\n" + repeat(51_000, "\n", i -> "  x" + i + " = " + i)
                + "\n  println(show(x50999))\n}\n");
        Result r = weft("build", p.toString(), "-o", dir.resolve("locals.wasm").toString());
        assertEquals(1, r.exit(), r.err());
        // 51,000 bindings and the depth every compiled function takes (docs/decisions/0020).
        assertEquals("weft: function locals.main needs 51,001 Wasm locals, more than the 50,000 that WebAssembly engines "
                + "accept in one function; split it into smaller functions\n", r.err());
    }

    @Test
    void binaryInputIsNotUtf8AndSaysWhere() throws IOException {
        byte[] bytes = new byte[100_000];
        new Random(9).nextBytes(bytes);
        bytes[0] = 'x';
        bytes[1] = (byte) 0xff;
        Path p = dir.resolve("binary.weft");
        Files.write(p, bytes);
        Result r = weft("run", p.toString());
        refused(r, "E0008", "byte 0xFF (at byte offset 1)");
        assertTrue(r.err().startsWith(p + ":1:2: error:"), r.err());
    }

    @Test
    void controlCharactersGiveAtMostAHundredErrorsAndTheirCount() throws IOException {
        StringBuilder text = new StringBuilder("main() = 1\n");
        for (int i = 0; i < 5_000; i++) text.append('\u0001').append(i % 80 == 0 ? "\n" : "");
        Path p = source("control.weft", text.toString());
        Result r = weft("check", p.toString());
        assertEquals(1, r.exit());
        assertEquals(100, r.err().lines().filter(l -> l.contains("[E0006]")).count(), r.err());
        assertTrue(r.err().endsWith("5000 errors; only the first 100 in the file are shown\n"), r.err());
    }
}
