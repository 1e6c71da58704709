package dev.weft.cli;

import dev.weft.backend.BuildException;
import dev.weft.backend.BuildOptions;
import dev.weft.backend.Compiler;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.FeatureVectorException;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.SourceReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every compiling command shares: the source file and the feature vector. */
final class CompileOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The Weft program (.weft).")
    Path file;

    @Option(names = "--features", paramLabel = "VECTOR", defaultValue = "",
            description = "Feature vector, e.g. memory=fixed:16,opt=0 (see `weft features`); it overrides the command's own defaults "
                    + "(its profile in the feature model: build's are the model's defaults, run's add opt=0 and interrupt=poll).")
    String features;

    @ArgGroup
    OptFlags optFlags = new OptFlags();

    /** -O0, -O2, -O3 and -Os are short for opt=0, opt=2, opt=3 and opt=s, and win over --features. */
    static final class OptFlags {
        @Option(names = "-O0", description = "Do not optimise: opt=0 (the default of run, from its profile).")
        boolean o0;

        @Option(names = "-O2", description = "Optimise with the passes of Binaryen's wasm-opt -O2, never inlining a function with a loop: opt=2.")
        boolean o2;

        @Option(names = "-O3", description = "Optimise with the passes of Binaryen's wasm-opt -O3, which also inlines small functions "
                + "but never one with a loop: opt=3 (the model's default, and so build's).")
        boolean o3;

        @Option(names = "-Os", description = "Optimise for size with the passes of wasm-opt -Os: opt=s.")
        boolean os;

        String asVector() {
            return o0 ? "opt=0" : o2 ? "opt=2" : o3 ? "opt=3" : os ? "opt=s" : "";
        }
    }

    /** Thrown to end a command with an exit code after its message has been printed. */
    static final class Exit extends RuntimeException {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /**
     * The vector, resolved in one place: the command's profile in the feature
     * model (the model's defaults, then the profile's choices), then
     * --features, then -O flags.
     */
    FeatureVector vector(String profile) {
        FeatureModel model = FeatureModel.standard();
        FeatureVector base = model.vector(model.profile(profile));
        try {
            return base.overriddenBy(features).overriddenBy(optFlags.asVector());
        } catch (FeatureVectorException e) {
            System.err.println("weft: invalid --features: " + e.getMessage());
            throw new Exit(ExitCodes.USAGE);
        }
    }

    /**
     * The source file, decoded as the frontend decodes imported modules: a file
     * that is not UTF-8 or is too large is a diagnostic (exit 1); one that cannot
     * be read at all is a usage error (exit 2).
     */
    SourceFile source() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            System.err.println("weft: cannot read " + file + ": no such file");
            throw new Exit(ExitCodes.USAGE);
        } catch (IOException e) {
            System.err.println("weft: cannot read " + file + ": " + e.getMessage());
            throw new Exit(ExitCodes.USAGE);
        } catch (OutOfMemoryError e) {
            System.err.println("weft: cannot read " + file + ": it is far larger than a source file can be");
            throw new Exit(ExitCodes.USAGE);
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<SourceFile> source = SourceReader.decode(file.toString(), bytes, diagnostics);
        if (source.isPresent()) return source.get();
        report(diagnostics, System.err);
        throw new Exit(ExitCodes.PROGRAM_ERRORS);
    }

    /** Compiles, printing diagnostics; ends the command with exit code 1 when there are errors. */
    byte[] compile(FeatureVector vector, BuildOptions buildOptions) {
        SourceFile source = source();
        Diagnostics diagnostics = new Diagnostics();
        Optional<byte[]> bytes;
        try {
            bytes = Compiler.compile(source, vector, buildOptions, diagnostics);
        } catch (BuildException e) {
            report(diagnostics, System.err);
            System.err.println("weft: " + e.getMessage());
            throw new Exit(ExitCodes.PROGRAM_ERRORS);
        }
        report(diagnostics, System.err);
        if (bytes.isEmpty()) throw new Exit(ExitCodes.PROGRAM_ERRORS);
        return bytes.get();
    }

    /** Prints every diagnostic in source order, then a count when there are several errors. */
    static void report(Diagnostics diagnostics, PrintStream err) {
        int errors = 0;
        for (Diagnostic d : diagnostics.all()) {
            err.print(DiagnosticPrinter.render(d));
            if (d.isError()) errors++;
        }
        int total = diagnostics.errorCount();
        if (total > Diagnostics.MAX_KEPT) {
            err.println(total + " errors; only the first " + Diagnostics.MAX_KEPT + " in the file are shown");
        } else if (errors > 1) {
            err.println(errors + " errors");
        }
    }
}
