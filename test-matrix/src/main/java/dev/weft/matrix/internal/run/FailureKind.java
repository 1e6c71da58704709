package dev.weft.matrix.internal.run;

import dev.weft.matrix.CellResult.Status;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.engines.Unfinished;
import java.util.Optional;

/**
 * How a cell fails, if it does: its output differs (from the golden files or
 * the defaults cell), the program timed out, or the engine crashed. Each is a
 * failure of its own kind, and shrinking keeps the kind: a vector under which
 * the program hangs does not explain a wrong output, nor a wrong output a hang.
 */
public enum FailureKind {
    DIFFERS(Status.FAIL), TIMED_OUT(Status.TIMEOUT), CRASHED(Status.CRASH);

    private final Status status;

    FailureKind(Status status) {
        this.status = status;
    }

    /** The status a cell failing this way is reported with. */
    public Status status() {
        return status;
    }

    /**
     * How this outcome fails, or empty when it passes. An unfinished defaults
     * cell is no reference: only the golden files judge the cell then.
     */
    public static Optional<FailureKind> of(Optional<Expected> expected, RunOutcome outcome, Optional<RunOutcome> defaultsCell) {
        return switch (outcome.unfinished().orElse(null)) {
            case null -> Judge.verdict(expected, outcome, defaultsCell.filter(RunOutcome::finished)).map(d -> DIFFERS);
            case Unfinished.TimedOut t -> Optional.of(TIMED_OUT);
            case Unfinished.Crashed c -> Optional.of(CRASHED);
        };
    }

    /** The kind of a failing status. */
    public static FailureKind of(Status status) {
        for (FailureKind k : values()) if (k.status == status) return k;
        throw new IllegalArgumentException(status + " is not a failure");
    }
}
