package dev.weft.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Binaryen's wasm-opt (Debian's native build: about 0.04 s a run, where
 * npm's JS build takes 0.7 s) on a module, enabling exactly the features every
 * engine shares (MVP, multi-value, bulk memory, sign extension, non-trapping float-to-int): nothing it emits may go beyond them.
 */
public final class WasmOpt {
    private static final List<String> FEATURES = List.of(
            "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int",
            "--enable-multivalue", "--enable-mutable-globals");

    /**
     * Binaryen's asyncify, which makes a module's call stack one that can be
     * unwound into linear memory and rewound (docs/decisions/0023): what
     * switches between processes. Imports never unwind (WASI, the engine's
     * own): only the RTS's calls of asyncify's functions do.
     */
    public static final List<String> ASYNCIFY = List.of("--asyncify", "--pass-arg=asyncify-ignore-imports");

    /** What opt=0 runs after asyncify: the locals it adds merged and its dead code dropped, nothing else. */
    public static final List<String> AFTER_ASYNCIFY = List.of("--simplify-locals", "--coalesce-locals",
            "--reorder-locals", "--vacuum");

    private WasmOpt() {}

    /**
     * Runs wasm-opt with the feature vector's passes ({@code -O2} for opt=2);
     * with none (opt=0), returns the module untouched without starting wasm-opt.
     */
    public static byte[] optimize(byte[] module, List<String> passes) {
        if (passes.isEmpty()) return module;
        Path dir = null;
        try {
            dir = Files.createTempDirectory("weft-opt");
            Path in = dir.resolve("in.wasm");
            Path out = dir.resolve("out.wasm");
            Files.write(in, module);
            List<String> command = new ArrayList<>(List.of("wasm-opt", in.toString(), "-o", out.toString()));
            command.addAll(FEATURES);
            command.add("--debuginfo");
            command.addAll(passes);
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException notFound) {
                throw new BuildException("wasm-opt (Binaryen) is not installed; install Debian's package with "
                        + "`apt-get install binaryen`, or build with -O0 (opt=0)");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wasm-opt did not finish within 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("wasm-opt failed (exit " + p.exitValue() + "): " + output.strip());
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new BuildException("cannot run wasm-opt: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted while running wasm-opt", e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless.
        }
    }
}
