package dev.weft.matrix.internal.run;

import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.internal.run.Comparison.Observed;
import java.util.Optional;

/**
 * Whether a cell passes: it must agree with its program's golden files (when
 * the program has them) and with the defaults cell of the same program and
 * engine (when this is not that cell). Empty when it passes, else the diffs.
 */
public final class Judge {
    private Judge() {}

    public static Optional<String> verdict(Subject subject, RunOutcome outcome, Optional<RunOutcome> defaultsCell) {
        Observed actual = Observed.of(outcome);
        StringBuilder diff = new StringBuilder();
        subject.golden().flatMap(g -> Comparison.diff("the golden files", g, actual)).ifPresent(diff::append);
        defaultsCell.flatMap(d -> Comparison.diff("the defaults cell", Observed.of(d), actual)).ifPresent(diff::append);
        return diff.isEmpty() ? Optional.empty() : Optional.of(diff.toString());
    }
}
