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

    /** Runs wasm-validate; returns its diagnostics, empty when the module is valid. */
    public static String validate(byte[] wasm) {
        assumeTool("wasm-validate");
        Result r = run(wasm, ".wasm", "wasm-validate");
        return r.exit == 0 ? "" : "exit " + r.exit + ": " + r.output;
    }

    public static String wasm2wat(byte[] wasm) {
        assumeTool("wasm2wat");
        Result r = run(wasm, ".wasm", "wasm2wat");
        if (r.exit != 0) throw new AssertionError("wasm2wat failed: " + r.output);
        return r.stdout;
    }

    public static byte[] wat2wasm(String wat) {
        assumeTool("wat2wasm");
        try {
            Path dir = Files.createTempDirectory("wabt");
            Path in = dir.resolve("in.wat");
            Path outFile = dir.resolve("out.wasm");
            Files.writeString(in, wat);
            Result r = exec(List.of("wat2wasm", "--no-check", in.toString(), "-o", outFile.toString()));
            if (r.exit != 0) throw new AssertionError("wat2wasm failed: " + r.output + "\n" + wat);
            return Files.readAllBytes(outFile);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Result(int exit, String stdout, String output) {}

    private static Result run(byte[] input, String suffix, String tool) {
        try {
            Path file = Files.createTempFile("wabt", suffix);
            Files.write(file, input);
            return exec(List.of(tool, file.toString()));
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
