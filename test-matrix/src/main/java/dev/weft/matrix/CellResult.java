package dev.weft.matrix;

import dev.weft.matrix.engines.Unfinished;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of the matrix: a program run on an engine with a vector, and what
 * came of it.
 *
 * @param program the program's path relative to the repository, as {@code tests/programs/fib.weft}
 * @param vector the vector's canonical text; empty for the defaults
 * @param engine the engine's name
 * @param reason for SKIP why the cell was not run; for FAIL one line on what differed; for
 *     TIMEOUT the limit; for CRASH what the engine threw or how it died; else empty
 * @param timeMillis the engine's run time (compilation not included)
 * @param diff for FAIL, the differences from the golden files and from the defaults cell; for
 *     CRASH, what there is to read about it (a stack trace's first frames, a dying engine's stderr)
 * @param minimalVector for a failing status, the smallest set of non-default choices that still
 *     fails the same way on this engine, found by delta debugging (empty text when the defaults
 *     fail too)
 * @param reproduce for a failing status, the command that reproduces the minimal failure
 * @param reduced for FAIL, when the run reduced programs: the program made small while it still diverges
 */
public record CellResult(String program, String vector, String engine, Status status, String reason,
        long timeMillis, String diff, Optional<String> minimalVector, String reproduce, Optional<Reduced> reduced) {

    /**
     * A diverging program reduced by deleting and simplifying its parts while
     * it still diverges the same way in this cell (docs/matrix.md).
     *
     * @param program where the reduced program was written, relative to the repository
     * @param text the reduced program
     * @param reproduce the command that runs it with the minimal vector on this cell's engine
     * @param compare the command that runs the reference cell it differs from
     * @param tested how many candidate programs the reduction tested
     * @param timedOut whether the reduction stopped at its time limit (a smaller program may exist)
     */
    public record Reduced(String program, String text, String reproduce, String compare, int tested, boolean timedOut) {
        public Reduced {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reproduce, "reproduce");
            Objects.requireNonNull(compare, "compare");
        }

        /** Lines that hold more than white space. */
        public long lines() {
            return text.lines().filter(l -> !l.isBlank()).count();
        }
    }

    /** A cell without a reduced program (the form every report before reduction has). */
    public CellResult(String program, String vector, String engine, Status status, String reason, long timeMillis,
            String diff, Optional<String> minimalVector, String reproduce) {
        this(program, vector, engine, status, reason, timeMillis, diff, minimalVector, reproduce, Optional.empty());
    }

    /**
     * PASS and SKIP; then the three ways a cell fails, each its own kind:
     * FAIL (the output differs), TIMEOUT (the program was still running at the
     * per-cell timeout and was stopped), CRASH (the engine threw, died or
     * refused the module).
     */
    public enum Status {
        PASS, FAIL, SKIP, TIMEOUT, CRASH;

        /** Lower case, as reports write it. */
        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the cell counts against the run: FAIL, TIMEOUT or CRASH. */
        public boolean failing() {
            return this == FAIL || this == TIMEOUT || this == CRASH;
        }
    }

    public CellResult {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(minimalVector, "minimalVector");
        Objects.requireNonNull(reproduce, "reproduce");
        Objects.requireNonNull(reduced, "reduced");
    }

    public static CellResult pass(String program, String vector, String engine, long timeMillis) {
        return new CellResult(program, vector, engine, Status.PASS, "", timeMillis, "", Optional.empty(), "");
    }

    public static CellResult skip(String program, String vector, String engine, String reason) {
        return new CellResult(program, vector, engine, Status.SKIP, reason, 0, "", Optional.empty(), "");
    }

    public static CellResult fail(String program, String vector, String engine, String reason, long timeMillis,
            String diff) {
        return new CellResult(program, vector, engine, Status.FAIL, reason, timeMillis, diff, Optional.empty(), "");
    }

    /** A cell whose program timed out or whose engine crashed: TIMEOUT or CRASH, with the reason. */
    public static CellResult unfinished(String program, String vector, String engine, Unfinished why, long timeMillis) {
        return switch (why) {
            case Unfinished.TimedOut t -> new CellResult(program, vector, engine, Status.TIMEOUT, t.reason(), timeMillis,
                    "", Optional.empty(), "");
            case Unfinished.Crashed c -> new CellResult(program, vector, engine, Status.CRASH, c.reason(), timeMillis,
                    c.details(), Optional.empty(), "");
        };
    }

    /** This failing cell with the reduced program that still shows its divergence. */
    public CellResult withReduced(Reduced r) {
        return new CellResult(program, vector, engine, status, reason, timeMillis, diff, minimalVector, reproduce,
                Optional.of(r));
    }

    /** This failing cell with its shrunk vector and the command that reproduces it. */
    public CellResult shrunk(String minimal, String command) {
        return new CellResult(program, vector, engine, status, reason, timeMillis, diff, Optional.of(minimal), command);
    }

    /**
     * This failing cell when a second run of it passed: still a failure (an
     * engine or the toolchain is not deterministic), but not shrunk, since
     * ddmin needs a failure that repeats.
     */
    public CellResult flaky(String command) {
        return new CellResult(program, vector, engine, status, "flaky, passed when run again; first run: " + reason,
                timeMillis, diff, Optional.empty(), command);
    }

    /** The vector as people read it: its text, or {@code defaults}. */
    public String vectorLabel() {
        return vector.isEmpty() ? "defaults" : vector;
    }
}
