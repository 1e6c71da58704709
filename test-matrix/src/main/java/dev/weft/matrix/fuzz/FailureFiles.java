package dev.weft.matrix.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a found failure into the campaign's folder: {@code fuzz_N_WHAT.weft},
 * the shrunk program, named as a corpus program can be (to keep it, copy it to
 * tests/errors or tests/programs and run tests/approve); {@code
 * fuzz_N_WHAT.original}, the mutant as generated; and {@code fuzz_N_WHAT.txt},
 * what failed, how to make the case again, and the stack trace.
 */
public final class FailureFiles {
    private FailureFiles() {}

    /** @return the shrunk program's path */
    public static Path write(Path dir, int number, Campaign.Found f, long seed) {
        String base = "fuzz_" + number + "_" + slug(f.failure().signature());
        try {
            Files.createDirectories(dir);
            Path program = dir.resolve(base + ".weft");
            Files.write(program, f.shrunk());
            Files.write(dir.resolve(base + ".original"), f.first().bytes());
            Files.writeString(dir.resolve(base + ".txt"), describe(f, seed, program), StandardCharsets.UTF_8);
            return program;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failure to " + dir, e);
        }
    }

    static String describe(Campaign.Found f, long seed, Path program) {
        Mutant m = f.first();
        return "signature: " + f.failure().signature() + "\n"
                + "what: " + f.failure().summary() + "\n"
                + "first seen: case " + m.index() + " of seed " + seed + ", made from " + m.seed() + " by "
                + String.join(" + ", m.mutations()) + "\n"
                + "again: bench/fuzz --seed " + seed + " --case " + m.index() + "\n"
                + "shrunk: " + m.bytes().length + " bytes to " + f.shrunk().length + " in " + f.shrinkRuns() + " runs"
                + (f.shrinkComplete() ? "" : " (budget ran out before the end)") + "\n"
                + "compiled as: " + m.seed() + " (its imports resolve next to it)\n"
                + "to keep it as a regression program: copy " + program.getFileName()
                + " to tests/errors/NAME.weft, then tests/approve\n\n"
                + f.failure().detail() + "\n";
    }

    /** A file-name part from a signature: "check: java.lang.Foo at dev.weft.x.Y.z" gives "y_z_foo". */
    static String slug(String signature) {
        String s = signature;
        int at = s.indexOf(" at ");
        if (at >= 0) {
            String frame = s.substring(at + 4);
            String[] parts = frame.split("\\.");
            String exception = s.substring(0, at);
            exception = exception.substring(exception.lastIndexOf('.') + 1);
            s = (parts.length >= 2 ? parts[parts.length - 2] + "_" + parts[parts.length - 1] : frame) + "_" + exception;
        }
        s = s.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.length() > 48 ? s.substring(0, 48).replaceAll("_+$", "") : s;
    }
}
