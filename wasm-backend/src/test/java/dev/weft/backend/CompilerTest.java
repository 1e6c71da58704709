package dev.weft.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.core.CorePrinter;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.wasm.model.WasmModule;
import dev.weft.wasm.text.WatPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(wat.contains("(memory (export \"memory\") 1)") || wat.contains("memory"), wat);
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
    void fixedMemoryTooSmallForTheStaticDataIsAUserError() {
        String big = "main() = println(\"" + "x".repeat(1_100_000) + "\")";
        BuildException e = assertThrows(BuildException.class,
                () -> Compiler.compile(source(big), FeatureVector.parse("memory=fixed:1,opt=0"), new Diagnostics()));
        assertEquals("the program's static data needs 18 pages of 64 KiB, more than memory=fixed:1 gives; choose a larger size",
                e.getMessage());
    }

    @Test
    void unsupportedConstructsAreReportedNotIgnored() {
        Diagnostics d = new Diagnostics();
        assertTrue(Compiler.compile(source("f(x: Float) -> Float = x\nmain() = ()"), FeatureVector.parse("opt=0"), d)
                .isPresent(), "an unused function is not lowered");
        Diagnostics d2 = new Diagnostics();
        assertTrue(Compiler.compile(source("f(x: Float) -> Float = x\nmain() = { f(x); () }\n"), FeatureVector.parse("opt=0"),
                d2).isEmpty());
        assertTrue(d2.hasErrors());
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
