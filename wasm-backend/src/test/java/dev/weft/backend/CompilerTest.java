package dev.weft.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.core.CorePrinter;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.wasm.model.WasmModule;
import dev.weft.wasm.text.WatPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backend's stages, checked through the core IR and WAT printers and wasm-validate. */
class CompilerTest {
    private static final String LOOP = """
            count(i: Int, acc: Int) -> Int = if i == 0 { acc } else { count(i - 1, acc + i) }
            id(x) = x
            main() = println("${count(10, 0)} ${id(1)} ${id(true)} ${10 / id(2)}")
            """;

    private static SourceFile source(String text) {
        return new SourceFile("t.weft", text);
    }

    @Test
    void selfTailCallsBecomeLoopsAndPolymorphicFunctionsAreInstantiatedPerType() {
        Diagnostics d = new Diagnostics();
        String core = CorePrinter.print(Compiler.toCore(source(LOOP), d).orElseThrow());
        assertTrue(core.contains("(self-tail-call"), core);
        assertTrue(core.contains("(fn t.id<Int> (x:I64) I64"), core);
        assertTrue(core.contains("(fn t.id<Bool> (x:I32) I32"), core);
        assertTrue(core.contains("(int_div @t.weft:3:"), "division carries its position: " + core);
        WasmModule module = Compiler.toModule(source(LOOP), FeatureVector.defaults(), d).orElseThrow();
        String wat = WatPrinter.print(module);
        assertTrue(wat.contains("loop $tail"), wat);
        assertTrue(wat.contains("(export \"_start\""), wat);
        // One page holds this program's static data; WASI hosts find the memory by its export.
        assertTrue(wat.contains("\n  (memory 1)\n"), wat);
        assertTrue(wat.contains("(export \"memory\" (memory 0))"), wat);
    }

    @Test
    void outputIsDeterministicAndValid(@TempDir Path dir) throws Exception {
        byte[] first = Compiler.compile(source(LOOP), FeatureVector.parse("opt=0"), new Diagnostics()).orElseThrow();
        byte[] second = Compiler.compile(source(LOOP), FeatureVector.parse("opt=0"), new Diagnostics()).orElseThrow();
        assertArrayEquals(first, second);
        validate(dir, first);
    }

    @Test
    void everyBuiltMemoryAlternativeLinksAndValidates(@TempDir Path dir) throws Exception {
        for (String vector : new String[] {"opt=0", "memory=grow,opt=0", "memory=fixed:1,opt=0", "memory=fixed:16,opt=0", "memory=host,opt=0",
                "", "memory=host", "opt=s"}) {
            FeatureVector v = FeatureVector.parse(vector);
            if (!v.wasmOptPasses().isEmpty()) {
                Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-opt")), "wasm-opt (Debian's binaryen) is not installed");
            }
            byte[] bytes = Compiler.compile(source(LOOP), v, new Diagnostics())
                    .orElseThrow();
            validate(dir, bytes);
        }
        String wat = WatPrinter.print(Compiler.toModule(source(LOOP), FeatureVector.parse("memory=fixed:16"),
                new Diagnostics()).orElseThrow());
        assertTrue(wat.contains("256 256"), "fixed:16 declares 256 pages as minimum and maximum: " + wat);
    }

    @Test
    void divisionByAConstantPowerOfTwoIsShiftedNotDivided() {
        String program = """
                quarter(x: Int) -> Int = x / 4
                low_bits(x: Int) -> Int = x % 1024
                third(x: Int) -> Int = x / 3
                main() = println("${quarter(-7)} ${low_bits(-7)} ${third(-7)}")
                """;
        WasmModule module = Compiler.toModule(source(program), FeatureVector.parse("opt=0"), new Diagnostics()).orElseThrow();
        String wat = WatPrinter.print(module);
        String quarter = WatFunctions.function(wat, "t.quarter");
        String lowBits = WatFunctions.function(wat, "t.low_bits");
        assertTrue(!quarter.contains("div_s") && quarter.contains("i64.shr_s"), quarter);
        assertTrue(!lowBits.contains("rem_s") && lowBits.contains("i64.and"), lowBits);
        assertTrue(WatFunctions.function(wat, "t.third").contains("i64.div_s"), "other constant divisors still divide");
    }

    @Test
    void aSwitchableLoopThatNeitherAllocatesNorWaitsIsAFunctionOfItsOwn() {
        // docs/decisions/0023: in a program that spawns, sum's loop returns to sum when its slice is
        // over; build_up allocates, so its loop stays inside it, under a safepoint of its own.
        String program = """
                sum(i: Int, acc: Float) -> Float = if i == 0 { acc } else { sum(i - 1, acc + to_float(i)) }
                build_up(i: Int, acc: List[Int]) -> List[Int] = if i == 0 { acc } else { build_up(i - 1, [i] ++ acc) }
                main() = {
                    me = self()
                    spawn(() -> send(me, sum(10, 0.0)))
                    println(show(build_up(3, [])))
                    receive { x: Float -> println(show(x)) }
                }
                """;
        String wat = WatPrinter.print(Compiler.toModule(source(program), FeatureVector.parse("opt=0"), new Diagnostics())
                .orElseThrow());
        String loop = WatFunctions.function(wat, "t.sum$loop");
        assertTrue(loop.contains("(result i32) (result f64) (result i64) (result f64)") && loop.contains("loop $tail") && !loop.contains("call $rts_"),
                "the loop gives back (again?, the result, the parameters) and calls no RTS: " + loop);
        String sum = WatFunctions.function(wat, "t.sum");
        assertTrue(sum.contains("call $t.sum$loop") && sum.contains("call $rts_safepoint_slow") && !sum.contains("loop $tail"),
                "the function passes the safepoint and calls the loop: " + sum);
        assertTrue(!wat.contains("(func $t.build_up$loop"), "an allocating loop is not outlined");
        assertTrue(WatFunctions.function(wat, "t.build_up").contains("loop $tail"), wat);
        String plain = WatPrinter.print(Compiler.toModule(source(LOOP), FeatureVector.parse("opt=0"), new Diagnostics())
                .orElseThrow());
        assertTrue(!plain.contains("$loop") && !plain.contains("rts_countdown"), "a program that never spawns has no safepoints");
    }

    @Test
    void optimisationKeepsLoopsInTheirOwnFunctionsAndInlinesSmallArithmetic() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-opt")), "wasm-opt (Debian's binaryen) is not installed");
        // sum_to is a loop with one caller: wasm-opt's default would inline it into main.
        String loop = """
                sum_to(i: Int, n: Int, acc: Float) -> Float = if i > n { acc } else { sum_to(i + 1, n, acc + to_float(i) * 0.5) }
                main() = println(show(sum_to(1, 100, 0.0)))
                """;
        // eval_a, called from two places, has 22 nodes once its / 2 is shifted: over wasm-opt's default of 20.
        String arithmetic = """
                eval_a(i: Int, j: Int) -> Float = 1.0 / to_float((i + j) * (i + j + 1) / 2 + i + 1)
                sum_to(i: Int, n: Int, flip: Bool, acc: Float) -> Float =
                    if i > n { acc } else { sum_to(i + 1, n, flip, acc + if flip { eval_a(i, n) } else { eval_a(n, i) }) }
                main() = println(show(sum_to(1, 100, true, 0.0) + sum_to(1, 50, false, 0.0)))
                """;
        for (String vector : new String[] {"opt=3", "opt=2"}) {
            assertTrue(functionNames(loop, vector).contains("t.sum_to"), vector + ": the loop was inlined into main");
        }
        assertTrue(!functionNames(arithmetic, "opt=3").contains("t.eval_a"), "eval_a was not inlined");
    }

    /** The names section of the optimised module (wasm-opt --debuginfo keeps it), as text. */
    private static String functionNames(String program, String vector) {
        byte[] bytes = Compiler.compile(source(program), FeatureVector.parse(vector), new Diagnostics()).orElseThrow();
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void fixedMemoryTooSmallForTheStaticDataIsAUserError() {
        String big = "main() = println(\"" + "x".repeat(1_100_000) + "\")";
        BuildException e = assertThrows(BuildException.class,
                () -> Compiler.compile(source(big), FeatureVector.parse("memory=fixed:1,opt=0"), new Diagnostics()));
        assertEquals("the program's static data needs 18 pages of 64 KiB, more than memory=fixed:1 gives; choose a larger size",
                e.getMessage());
    }

    @Test
    void onlyFunctionsReachableFromMainAreLowered() {
        Diagnostics d = new Diagnostics();
        String core = CorePrinter.print(Compiler.toCore(source("f(x: Float) -> Float = x\ng(x: Int) -> Int = x\n"
                + "main() = println(show(g(1)))\n"), d).orElseThrow());
        assertTrue(core.contains("(fn t.g "), core);
        assertTrue(!core.contains("(fn t.f "), "f is never called: " + core);
    }

    /** The program's one diagnostic, as weft prints it (first line). */
    private static String onlyDiagnostic(String program) {
        Diagnostics d = new Diagnostics();
        assertTrue(Compiler.compile(source(program), FeatureVector.parse("opt=0"), d).isEmpty(), "no module");
        assertEquals(1, d.all().size(), () -> d.all().toString());
        return DiagnosticPrinter.render(d.all().get(0)).lines().findFirst().orElseThrow();
    }

    @Test
    void everyProcessConstructCompiles() {
        // What each does is the corpus's to show (tests/programs/proc_*); here, that none is refused.
        for (String program : List.of(
                "main() = { p = spawn(() -> receive { after 1 -> () }); () }",
                "main() = println(show(self()))",
                "main() = send(self(), 1)",
                "tell(p: Pid) = send(p, 1)\nmain() = tell(self())",
                "main() = { s = spawn; p = s(() -> 1); println(show(p == self())) }",
                "main() = { d: Down = Down(self(), Normal); println(show(d)) }",
                "main() = { p = spawn_link(() -> ()); monitor(p); receive { Down(q, Killed) -> (); Down(_, _) -> () } }",
                "type Msg = Ping | Stop\nmain() = receive { Ping -> 1; Stop -> 2; n: Int -> n; after 5 -> 0 }")) {
            Diagnostics d = new Diagnostics();
            assertTrue(Compiler.compile(source(program), FeatureVector.parse("opt=0"), d).isPresent(),
                    () -> program + ": " + d.all());
        }
    }

    @Test
    void aForeignDeclarationIsE0901AtTheDeclaration() {
        String line = onlyDiagnostic("""
                main() = println("hi")

                foreign "host" now_ms() -> Float @sync
                """);
        assertTrue(line.startsWith("t.weft:3:1: error: foreign functions are not supported yet"), line);
        assertTrue(line.endsWith("[E0901]"), line);
    }

    private static void validate(Path dir, byte[] bytes) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-validate")),
                "wasm-validate (Debian's wabt) is not installed");
        Path file = Files.createTempFile(dir, "m", ".wasm");
        Files.write(file, bytes);
        Process p = new ProcessBuilder("wasm-validate", "--enable-all", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "wasm-validate: " + out);
    }
}
