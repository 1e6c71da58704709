package dev.weft.matrix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Asks a matrix run to reduce each diverging program after shrinking its
 * vector: the reduced programs are written into {@code folder} (as
 * {@code NAME-reduced.weft}), so that the command reproducing one can name
 * it. Each reduction stops after {@code budget} with the smallest program
 * found so far.
 */
public record ProgramReduction(Path folder, Duration budget) {
    /** Two minutes: a generated program reduces in seconds to a minute on Chicory. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(2);

    public ProgramReduction {
        Objects.requireNonNull(folder, "folder");
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("a reduction needs time");
    }

    public static ProgramReduction into(Path folder) {
        return new ProgramReduction(folder, DEFAULT_BUDGET);
    }
}
