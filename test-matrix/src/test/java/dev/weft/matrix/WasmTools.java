package dev.weft.matrix;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether an external tool (wasm-opt, wasm-validate, node) is on PATH, for tests that need one. */
final class WasmTools {
    private WasmTools() {}

    static boolean has(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
