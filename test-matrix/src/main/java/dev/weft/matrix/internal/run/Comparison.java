package dev.weft.matrix.internal.run;

import dev.weft.matrix.engines.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How two runs are compared: the one place where outputs are normalised.
 * Kept minimal on purpose, as every normalisation can hide a real difference:
 * only trailing whitespace at the very end of stderr is ignored (engines differ
 * in whether a trap message ends with a newline). Stdout and the exit code
 * must match exactly.
 */
public final class Comparison {
    private Comparison() {}

    /** What is compared of a run. */
    public record Observed(String stdout, String stderr, int exit) {
        public static Observed of(RunOutcome o) {
            return new Observed(o.stdout(), o.stderr().stripTrailing(), o.exitCode());
        }

        public static Observed of(String stdout, String stderr, int exit) {
            return new Observed(stdout, stderr.stripTrailing(), exit);
        }
    }

    /**
     * Empty when the runs agree; otherwise one section per differing stream,
     * each a line diff from {@code expected} to {@code actual}.
     *
     * @param against what the expectation is, as "golden files" or "the defaults cell"
     */
    public static Optional<String> diff(String against, Observed expected, Observed actual) {
        List<String> parts = new ArrayList<>();
        if (!expected.stdout().equals(actual.stdout())) {
            parts.add("stdout differs from " + against + ":\n" + LineDiff.of(expected.stdout(), actual.stdout()));
        }
        if (!expected.stderr().equals(actual.stderr())) {
            parts.add("stderr differs from " + against + ":\n" + LineDiff.of(expected.stderr(), actual.stderr()));
        }
        if (expected.exit() != actual.exit()) {
            parts.add("exit code differs from " + against + ": expected " + expected.exit() + ", got " + actual.exit()
                    + "\n");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("", parts));
    }

    /** The first line of a diff, for one-line reasons. */
    public static String headline(String diff) {
        int nl = diff.indexOf('\n');
        String first = nl < 0 ? diff : diff.substring(0, nl);
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }
}
