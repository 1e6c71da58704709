package dev.weft.matrix.engines;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test modules from WebAssembly text, through WABT's wat2wasm (tests skip when it is absent). */
final class Wat {
    private Wat() {}

    static final Path WAT2WASM = Path.of("/usr/bin/wat2wasm");

    static byte[] compile(String wat, String... flags) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(WAT2WASM), "wat2wasm not found at " + WAT2WASM + " (Debian package wabt)");
        Path dir = Files.createTempDirectory("wat");
        try {
            Path in = Files.writeString(dir.resolve("m.wat"), wat, StandardCharsets.UTF_8);
            Path out = dir.resolve("m.wasm");
            List<String> command = new ArrayList<>(List.of(WAT2WASM.toString(), in.toString(), "-o", out.toString()));
            command.addAll(List.of(flags));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("wat2wasm failed:\n" + log + "\n" + wat);
            }
            return Files.readAllBytes(out);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Imports, memory and a write helper most test modules share. */
    static final String WASI = """
              (import "wasi_snapshot_preview1" "fd_write"
                (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_read"
                (func $fd_read (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (import "wasi_snapshot_preview1" "args_sizes_get"
                (func $args_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
              ;; write(fd, ptr, len) through one iovec at 0, nwritten at 8
              (func $write (param $fd i32) (param $ptr i32) (param $len i32)
                (i32.store (i32.const 0) (local.get $ptr))
                (i32.store (i32.const 4) (local.get $len))
                (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 8))))
              (data (i32.const 100) "hi\\n")
              (data (i32.const 110) "ok\\n")
              (data (i32.const 120) "bad\\n")
              (func $ok (call $write (i32.const 1) (i32.const 110) (i32.const 3)))
              ;; prints bad and exits with code when cond is false
              (func $check (param $cond i32) (param $code i32)
                (if (i32.eqz (local.get $cond))
                  (then (call $write (i32.const 1) (i32.const 120) (i32.const 4))
                        (call $proc_exit (local.get $code)))))
            """;

    /** A command module with one page of memory (max {@code maxPages} when positive) and the shared helpers. */
    static byte[] command(String body) throws IOException, InterruptedException {
        return command(body, 0);
    }

    static byte[] command(String body, int maxPages) throws IOException, InterruptedException {
        String memory = maxPages > 0 ? "(memory (export \"memory\") 1 " + maxPages + ")" : "(memory (export \"memory\") 1)";
        return compile("(module\n" + WASI + memory + "\n" + body + ")\n");
    }
}
