package dev.weft.matrix.engines;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import dev.weft.backend.Compiler;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code sleep} when the host's {@code poll_oneoff} fails: no engine here
 * fails it, so this runs a compiled program on Chicory with WASI's
 * {@code poll_oneoff} replaced by one that returns EINVAL (28). The program
 * must stop with the runtime error, exit code 70, after writing out what it
 * printed before sleeping.
 */
class SleepFailureTest {
    private static final int EINVAL = 28;

    @Test
    void aFailedSleepIsARuntimeErrorAfterTheOutputSoFar() {
        String program = """
                main() = {
                    print("before ")
                    sleep(5)
                    println("after")
                }
                """;
        byte[] module = Compiler.compile(new SourceFile("sleep_fails.weft", program), FeatureVector.parse("opt=0"),
                new Diagnostics()).orElseThrow();
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        var options = WasiOptions.builder().withStdout(stdout, false).withStderr(stderr, false).build();
        int exit;
        try (var wasi = WasiPreview1.builder().withOptions(options).build()) {
            HostFunction[] functions = Arrays.stream(wasi.toHostFunctions())
                    .map(f -> f.name().equals("poll_oneoff")
                            ? new HostFunction(f.module(), f.name(), f.functionType(), (instance, args) -> new long[] {EINVAL})
                            : f)
                    .toArray(HostFunction[]::new);
            var imports = ImportValues.builder().addFunction(functions).build();
            try {
                Instance.builder(Parser.parse(module)).withImportValues(imports).build();
                exit = 0;
            } catch (WasiExitException e) {
                exit = e.exitCode();
            }
        }
        assertEquals("before ", stdout.toString(UTF_8), "what was printed before the sleep is written out");
        assertEquals("runtime error: sleep failed\n", stderr.toString(UTF_8));
        assertEquals(70, exit);
    }
}
