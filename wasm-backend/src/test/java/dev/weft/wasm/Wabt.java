package dev.weft.wasm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs wabt's command-line tools as subprocesses; tests using it skip, with the reason, when absent. */
public final class Wabt {
    private Wabt() {}

    /** Skips the calling test unless {@code tool} is on PATH. */
    public static void assumeTool(String tool) {
        assumeTrue(onPath(tool), tool + " (wabt) is not on PATH; install Debian's wabt to run this test");
    }

    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    /**
     * Runs wasm-validate with wabt's default features, or others by flag ({@code --enable-tail-call},
     * {@code --disable-reference-types}); returns its diagnostics, empty when the module is valid.
     */
    public static String validate(byte[] wasm, String... flags) {
        assumeTool("wasm-validate");
        Result r = run(wasm, ".wasm", "wasm-validate", flags);
        return r.exit == 0 ? "" : "exit " + r.exit + ": " + r.output;
    }

    /**
     * Runs every export of the module in wabt's interpreter; returns its output, one line per
     * export ({@code run() => i32:42}). Fails the test if the module does not load.
     */
    public static String interp(byte[] wasm, String... flags) {
        assumeTool("wasm-interp");
        List<String> extra = new ArrayList<>(List.of(flags));
        extra.add("--run-all-exports");
        Result r = run(wasm, ".wasm", "wasm-interp", extra.toArray(String[]::new));
        if (r.exit != 0) throw new AssertionError("wasm-interp failed: " + r.output);
        return r.stdout;
    }

    public static String wasm2wat(byte[] wasm) {
        assumeTool("wasm2wat");
        Result r = run(wasm, ".wasm", "wasm2wat");
        if (r.exit != 0) throw new AssertionError("wasm2wat failed: " + r.output);
        return r.stdout;
    }

    /** wat2wasm without validation, so tests can compare encodings alone; {@code flags} enable proposals. */
    public static byte[] wat2wasm(String wat, String... flags) {
        assumeTool("wat2wasm");
        try {
            Path dir = Files.createTempDirectory("wabt");
            Path in = dir.resolve("in.wat");
            Path outFile = dir.resolve("out.wasm");
            Files.writeString(in, wat);
            List<String> command = new ArrayList<>(List.of("wat2wasm", "--no-check"));
            command.addAll(List.of(flags));
            command.addAll(List.of(in.toString(), "-o", outFile.toString()));
            Result r = exec(command);
            if (r.exit != 0) throw new AssertionError("wat2wasm failed: " + r.output + "\n" + wat);
            return Files.readAllBytes(outFile);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Result(int exit, String stdout, String output) {}

    private static Result run(byte[] input, String suffix, String tool, String... flags) {
        try {
            Path file = Files.createTempFile("wabt", suffix);
            Files.write(file, input);
            List<String> command = new ArrayList<>(List.of(tool));
            command.addAll(List.of(flags));
            command.add(file.toString());
            return exec(command);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Result exec(List<String> command) throws IOException {
        Path err = Files.createTempFile("wabt", ".err");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectError(err.toFile());
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int exit = p.waitFor();
            return new Result(exit, stdout, stdout + Files.readString(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
