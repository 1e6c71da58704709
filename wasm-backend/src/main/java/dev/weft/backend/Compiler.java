package dev.weft.backend;

import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.emit.ModuleEmitter;
import dev.weft.backend.lower.Lowering;
import dev.weft.backend.pass.Pipeline;
import dev.weft.features.FeatureVector;
import dev.weft.frontend.DeepStack;
import dev.weft.frontend.Frontend;
import dev.weft.frontend.ModuleLoader;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.WasmModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole pipeline, source to Wasm bytes: frontend, lowering to core IR,
 * emission and RTS linking, binary writing, and optionally wasm-opt. Each
 * stage is also reachable on its own for tests and {@code --emit}; each runs
 * on a deep stack ({@link DeepStack}), whatever thread calls it.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * The module's bytes, or empty when the program has errors (which are in
     * diagnostics). The vector's opt choice decides whether and how wasm-opt runs.
     */
    public static Optional<byte[]> compile(SourceFile file, FeatureVector features, Diagnostics diagnostics) {
        return compile(file, features, BuildOptions.DEFAULT, diagnostics);
    }

    /** As {@link #compile(SourceFile, FeatureVector, Diagnostics)}, with build options other than the default. */
    public static Optional<byte[]> compile(SourceFile file, FeatureVector features, BuildOptions options,
            Diagnostics diagnostics) {
        return DeepStack.call(() -> toCore(file, diagnostics).map(core -> compile(core, features, options)));
    }

    /**
     * The bytes for a program already lowered, exactly as {@link #compile(SourceFile,
     * FeatureVector, Diagnostics)} gives them: one lowering serves several vectors (the
     * matrix's program reducer builds each candidate for two).
     */
    public static byte[] compile(CoreProgram core, FeatureVector features) {
        return compile(core, features, BuildOptions.DEFAULT);
    }

    public static byte[] compile(CoreProgram core, FeatureVector features, BuildOptions options) {
        List<String> passes = new java.util.ArrayList<>();
        // A program with processes is made switchable first, then optimised (docs/decisions/0023):
        // asyncify run after -O2 or -O3 gave modules that trapped (tests/programs/proc_ring called a
        // closure through a wrong table slot), where the same passes run after asyncify do not.
        if (core.processes()) passes.addAll(WasmOpt.ASYNCIFY);
        // Without the vector's passes (opt=0), asyncify's output keeps every local it made: frames
        // too big for the stack limit's charge (StackCharge) on Wasmtime's 2 MiB stack.
        if (core.processes() && features.wasmOptPasses().isEmpty()) passes.addAll(WasmOpt.AFTER_ASYNCIFY);
        passes.addAll(features.wasmOptPasses());
        return DeepStack.call(() -> WasmOpt.optimize(WasmWriter.write(ModuleEmitter.emit(core, features, options)), passes));
    }

    /**
     * The frontend alone, as the compiler runs it: the file with the modules it
     * imports (from beside it) and the standard library; no code is generated.
     */
    public static Optional<TypedProgram> check(SourceFile file, Diagnostics diagnostics) {
        return check(file, modulesNextTo(file), diagnostics);
    }

    private static Optional<TypedProgram> check(SourceFile file, ModuleLoader loader, Diagnostics diagnostics) {
        return Frontend.check(file, StdLibrary.sources(), loader, diagnostics);
    }

    public static Optional<CoreProgram> toCore(SourceFile file, Diagnostics diagnostics) {
        return toCore(file, modulesNextTo(file), diagnostics);
    }

    /** As {@link #toCore(SourceFile, Diagnostics)}, with the imported modules from {@code loader}. */
    public static Optional<CoreProgram> toCore(SourceFile file, ModuleLoader loader, Diagnostics diagnostics) {
        return DeepStack.call(() -> check(file, loader, diagnostics)
                .flatMap(t -> Lowering.lower(t, diagnostics, moduleName(file)))
                .map(Pipeline::run));
    }

    /**
     * The modules a root file imports, from the file system: {@code import a.b} is
     * {@code a/b.weft} in the root file's directory. The root's name is its path as
     * the user gave it, relative to the working directory (the CLI) or, failing
     * that, to {@code -Dweft.root} (the repository, as the test corpus names its
     * files); an imported file is named by the root's directory as the user spelled
     * it, joined with the module's relative path, so that its diagnostics and runtime
     * positions read {@code tests/programs/shapes/geometry.weft:3:5}.
     */
    public static ModuleLoader modulesNextTo(SourceFile root) {
        String name = root.name().replace('\\', '/');
        int slash = name.lastIndexOf('/');
        String prefix = slash < 0 ? "" : name.substring(0, slash + 1);
        Path rootPath;
        try {
            rootPath = Path.of(root.name());
        } catch (java.nio.file.InvalidPathException e) {
            rootPath = Path.of("program.weft"); // a name that is no path (<stdin>): imports are next to the working directory
        }
        String repository = System.getProperty("weft.root");
        if (!Files.isRegularFile(rootPath) && !rootPath.isAbsolute() && repository != null
                && Files.isRegularFile(Path.of(repository).resolve(rootPath))) {
            rootPath = Path.of(repository).resolve(rootPath);
        }
        Path parent = rootPath.toAbsolutePath().getParent();
        Path directory = parent != null ? parent : Path.of("").toAbsolutePath();
        return new ModuleLoader() {
            @Override
            public Optional<byte[]> load(List<String> path) {
                Path file = directory;
                for (int i = 0; i < path.size(); i++) {
                    file = file.resolve(i == path.size() - 1 ? path.get(i) + ".weft" : path.get(i));
                }
                if (!Files.isRegularFile(file)) return Optional.empty();
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + describe(path), e);
                }
            }

            @Override
            public String describe(List<String> path) { return prefix + String.join("/", path) + ".weft"; }
        };
    }

    public static Optional<WasmModule> toModule(SourceFile file, FeatureVector features, Diagnostics diagnostics) {
        return toModule(file, features, BuildOptions.DEFAULT, diagnostics);
    }

    public static Optional<WasmModule> toModule(SourceFile file, FeatureVector features, BuildOptions options,
            Diagnostics diagnostics) {
        return DeepStack.call(() -> toCore(file, diagnostics).map(core -> ModuleEmitter.emit(core, features, options)));
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
