package dev.weft.matrix.internal.run;

import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.internal.run.Comparison.Observed;
import java.util.Optional;

/**
 * Whether a cell passes: it must agree with what its program is expected to
 * show (the golden files, or the reference cell for a program without them:
 * {@link Expected}) and with the defaults cell of the same program and engine
 * (when this is not that cell). Empty when it passes, else the diffs.
 */
public final class Judge {
    private Judge() {}

    public static Optional<String> verdict(Optional<Expected> expected, RunOutcome outcome,
            Optional<RunOutcome> defaultsCell) {
        Observed actual = Observed.of(outcome);
        StringBuilder diff = new StringBuilder();
        expected.flatMap(e -> Comparison.diff(e.against(), e.observed(), actual)).ifPresent(diff::append);
        defaultsCell.flatMap(d -> Comparison.diff("the defaults cell", Observed.of(d), actual)).ifPresent(diff::append);
        return diff.isEmpty() ? Optional.empty() : Optional.of(diff.toString());
    }
}
