package dev.weft.matrix.internal.shrink;

import dev.weft.features.Choice;
import dev.weft.features.FeatureVector;
import dev.weft.features.FeatureVectorException;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.internal.run.Expected;
import dev.weft.matrix.internal.run.FailureKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shrinks a failing cell: delta debugging over the vector's non-default
 * choices, re-running the same program on the same engine, to the smallest
 * set of choices that still fails the same way ({@link FailureKind}: a wrong
 * output, a timeout, a crash). A subset that the verify step refuses (it
 * breaks a constraint), that the engine cannot run, or that fails another
 * way counts as passing: it cannot show this failure, so ddmin keeps looking
 * elsewhere.
 */
public final class Shrinker {
    private Shrinker() {}

    /**
     * @param expected what every cell of the program must show: golden files or the reference cell
     * @param kind how the cell fails
     * @param run runs the program on the engine with a vector (cached by the caller)
     * @param defaultsCell the defaults cell's outcome on this engine, when it ran
     * @return the minimal vector that fails this way
     */
    public static FeatureVector shrink(Optional<Expected> expected, Engine engine, FeatureVector failing, FailureKind kind,
            Function<FeatureVector, RunOutcome> run, Optional<RunOutcome> defaultsCell) {
        List<Choice> minimal = DeltaDebugging.minimize(failing.nonDefaultChoices(), choices -> {
            FeatureVector v;
            try {
                v = FeatureVector.of(failing.model(), choices);
            } catch (FeatureVectorException e) {
                return false;
            }
            if (engine.cannotRun(v).isPresent()) return false;
            return FailureKind.of(expected, run.apply(v), v.isDefault() ? Optional.empty() : defaultsCell)
                    .equals(Optional.of(kind));
        });
        return FeatureVector.of(failing.model(), minimal);
    }
}
