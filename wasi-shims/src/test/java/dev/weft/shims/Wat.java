package dev.weft.shims;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Test modules from WebAssembly text, through WABT's wat2wasm (skipped when absent). */
final class Wat {
    private Wat() {}

    static Path wat2wasm() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "wat2wasm");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return Path.of("/usr/bin/wat2wasm");
    }

    static byte[] compile(String wat) throws IOException, InterruptedException {
        Path tool = wat2wasm();
        assumeTrue(Files.isExecutable(tool), "wat2wasm not found (Debian package wabt); skipping WAT-based test");
        Path dir = Files.createTempDirectory("wat");
        Path in = dir.resolve("m.wat");
        Path out = dir.resolve("m.wasm");
        Files.writeString(in, wat, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(tool.toString(), in.toString(), "-o", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("wat2wasm failed:\n" + log + "\n" + wat);
        }
        return Files.readAllBytes(out);
    }
}
