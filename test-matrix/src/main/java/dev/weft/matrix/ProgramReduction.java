package dev.weft.matrix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Asks a matrix run to reduce each diverging program after shrinking its
 * vector: the reduced programs are written into {@code folder} (as
 * {@code NAME-reduced.weft}), so that the command reproducing one can name
 * it. Each reduction stops after {@code budget} with the smallest program
 * found so far. Only the first {@code programs} diverging programs (in run
 * order) are reduced: a bug that most generated programs show would
 * otherwise cost a reduction per program, and the first few say as much.
 */
public record ProgramReduction(Path folder, Duration budget, int programs) {
    /** Two minutes: a generated program reduces in 10 to 40 s on Chicory on a 2-core machine. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(2);

    /** Three: enough to tell one bug from several, few enough to keep a campaign that finds one short. */
    public static final int DEFAULT_PROGRAMS = 3;

    public ProgramReduction {
        Objects.requireNonNull(folder, "folder");
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("a reduction needs time");
        if (programs < 1) throw new IllegalArgumentException("reduce at least one program");
    }

    public static ProgramReduction into(Path folder) {
        return new ProgramReduction(folder, DEFAULT_BUDGET, DEFAULT_PROGRAMS);
    }
}
