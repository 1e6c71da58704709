package dev.weft.backend;

import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.emit.ModuleEmitter;
import dev.weft.backend.lower.Lowering;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.Frontend;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.WasmModule;
import java.util.Optional;

/**
 * The whole pipeline, source to Wasm bytes: frontend, lowering to core IR,
 * emission and RTS linking, binary writing, and optionally wasm-opt. Each
 * stage is also reachable on its own for tests and {@code --emit}.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * The module's bytes, or empty when the program has errors (which are in
     * diagnostics). The vector's opt choice decides whether and how wasm-opt runs.
     */
    public static Optional<byte[]> compile(SourceFile file, FeatureVector features, Diagnostics diagnostics) {
        return toModule(file, features, diagnostics).map(module -> {
            byte[] bytes = WasmWriter.write(module);
            return WasmOpt.optimize(bytes, features.wasmOptPasses());
        });
    }

    public static Optional<CoreProgram> toCore(SourceFile file, Diagnostics diagnostics) {
        Optional<TypedProgram> typed = Frontend.check(file, StdLibrary.sources(), diagnostics);
        return typed.flatMap(t -> Lowering.lower(t, diagnostics, moduleName(file)));
    }

    public static Optional<WasmModule> toModule(SourceFile file, FeatureVector features, Diagnostics diagnostics) {
        return toCore(file, diagnostics).map(core -> ModuleEmitter.emit(core, features));
    }

    /** The file's base name without .weft, as a name section module name. */
    static String moduleName(SourceFile file) {
        String name = file.name().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.endsWith(".weft")) name = name.substring(0, name.length() - 5);
        name = name.replaceAll("[^A-Za-z0-9_]", "_");
        return name.isEmpty() ? "main" : name;
    }
}
