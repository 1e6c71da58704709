package dev.weft.cli;

import dev.weft.backend.Compiler;
import dev.weft.backend.core.CorePrinter;
import dev.weft.features.Alternative;
import dev.weft.features.Choice;
import dev.weft.features.FeatureVector;
import dev.weft.features.Profile;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.wasm.binary.ImportSection;
import dev.weft.wasm.text.WatPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compiles FILE to a WASI command module (or, with --emit, to WAT or core IR).",
                "build's defaults are its profile in the feature model (see `weft features`), the model's own defaults: "
                        + "optimised by wasm-opt (opt=3), and importing only WASI preview1 functions, so that any WASI host runs "
                        + "the module (node's node:wasi, the wasmtime and wasmer commands). When --features chooses an alternative "
                        + "that imports more (memory=host imports weft.memory_request), a note on stderr names the imports.",
                "The output is written to a temporary file and moved into place, so it is never half-written; "
                        + "identical input and options give byte-identical output."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CompileOptions options = new CompileOptions();

    @Mixin
    BuildSettings settings = new BuildSettings();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Where to write the result.")
    Path output;

    @Option(names = "--emit", defaultValue = "wasm", paramLabel = "KIND",
            description = "What to write: wasm (default), wat (the linked module as text, before wasm-opt), core (the core IR).")
    String emit;

    @Override
    public Integer call() {
        if (Files.isDirectory(output)) {
            System.err.println("weft: cannot write " + output + ": it is a folder; name the file, as in -o "
                    + output.resolve("program.wasm"));
            return ExitCodes.USAGE;
        }
        try {
            byte[] bytes = switch (emit) {
                case "wasm" -> options.compile(vector(), settings.options());
                case "wat" -> text(true);
                case "core" -> text(false);
                default -> {
                    System.err.println("weft: unknown --emit '" + emit + "'; choose wasm, wat or core");
                    throw new CompileOptions.Exit(ExitCodes.USAGE);
                }
            };
            writeAtomically(output, bytes);
            if (emit.equals("wasm")) importsNote(bytes).ifPresent(System.err::println);
            return ExitCodes.OK;
        } catch (CompileOptions.Exit e) {
            return e.code;
        } catch (IOException e) {
            System.err.println("weft: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** The vector this build compiles with: build's profile in the feature model, then --features and -O flags. */
    FeatureVector vector() {
        return options.vector(Profile.BUILD);
    }

    /**
     * The line that names what the module written imports beyond WASI
     * preview1, read from its import section, each with the choices that
     * declare it: {@code note: out.wasm imports weft.memory_request
     * (memory=host): it needs a host that provides it, such as weft run};
     * empty for a module that any WASI host runs.
     */
    Optional<String> importsNote(byte[] module) {
        var names = new LinkedHashSet<String>();
        for (ImportSection.Import i : ImportSection.read(module)) {
            if (!i.module().equals(Alternative.WASI_MODULE)) names.add(i.toString());
        }
        if (names.isEmpty()) return Optional.empty();
        FeatureVector vector = vector();
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            List<String> by = new ArrayList<>();
            for (Choice c : vector.choices()) {
                if (c.alternative().imports().stream().anyMatch(i -> i.toString().equals(name))) by.add(c.toString());
            }
            parts.add(by.isEmpty() ? name : name + " (" + String.join(", ", by) + ")");
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return Optional.of("note: " + output + " imports " + list + ": it needs a host that provides "
                + (parts.size() == 1 ? "it" : "them") + ", such as weft run");
    }

    private byte[] text(boolean wat) {
        Diagnostics diagnostics = new Diagnostics();
        var source = options.source();
        var vector = vector();
        String text = wat
                ? Compiler.toModule(source, vector, settings.options(), diagnostics).map(WatPrinter::print).orElse(null)
                : Compiler.toCore(source, diagnostics).map(CorePrinter::print).orElse(null);
        CompileOptions.report(diagnostics, System.err);
        if (text == null) throw new CompileOptions.Exit(ExitCodes.PROGRAM_ERRORS);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target},
     * {@code .NAME.PID-N.tmp} (hidden, and named by the writing process), then
     * renames it over {@code target}: a reader sees the old file or the new
     * one, never part of one, and a build that fails or is killed leaves any
     * older output as it was. A build killed between the write and the rename
     * can leave its temporary file; the next build of the same output removes
     * those whose process has ended, and never another live build's.
     */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) Files.createDirectories(dir);
        String prefix = "." + absolute.getFileName() + ".";
        removeLeftovers(dir, prefix);
        Path temp = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + "-", ".tmp");
        try {
            Files.write(temp, bytes);
            // createTempFile makes the file private; the output should read like any other file.
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the default permissions are fine.
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes {@code PREFIX<pid>-<n>.tmp} files in {@code dir} whose process is gone. */
    private static void removeLeftovers(Path dir, String prefix) throws IOException {
        try (var files = Files.newDirectoryStream(dir, f -> {
            String name = f.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path f : files) {
                String rest = f.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                if (dash <= 0) continue;
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, dash));
                } catch (NumberFormatException notOurs) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // Someone else's to keep (a read-only folder, say): it never stops this build.
                }
            }
        }
    }
}
