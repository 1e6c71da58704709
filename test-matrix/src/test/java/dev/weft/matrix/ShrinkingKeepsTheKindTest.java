package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.engines.Unfinished;
import dev.weft.matrix.internal.run.Comparison.Observed;
import dev.weft.matrix.internal.run.FailureKind;
import dev.weft.matrix.internal.run.Expected;
import dev.weft.matrix.internal.shrink.Shrinker;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shrinker keeps a failure's kind: a vector under which the program
 * prints the wrong thing does not explain a timeout, a timeout does not
 * explain a crash, and so on. Outcomes are planted per vector, so each case
 * has exactly one right answer.
 */
class ShrinkingKeepsTheKindTest {
    private static final RunOutcome OK = new RunOutcome("ok\n", "", 0, Duration.ZERO);
    private static final RunOutcome WRONG = new RunOutcome("wrong\n", "", 0, Duration.ZERO);
    private static final RunOutcome HANGS = RunOutcome.timedOut("", "", Duration.ofSeconds(1),
            new Unfinished.TimedOut(Duration.ofSeconds(1), true));
    private static final RunOutcome CRASHES = RunOutcome.crashed("", "", Duration.ZERO,
            new Unfinished.Crashed("planted", ""));
    private static final Optional<Expected> EXPECTED = Optional.of(Expected.golden(Observed.of("ok\n", "", 0)));
    private static final FeatureVector BOTH = FeatureVector.parse("memory=fixed:16,opt=0");

    /** The minimal vector for a cell failing as {@code kind} under BOTH, given each vector's outcome. */
    private static String shrink(FailureKind kind, RunOutcome memoryAlone, RunOutcome optAlone, RunOutcome both) {
        Map<String, RunOutcome> outcomes = Map.of("", OK, "memory=fixed:16", memoryAlone, "opt=0", optAlone,
                BOTH.toString(), both);
        return Shrinker.shrink(EXPECTED, new ChicoryEngine(), BOTH, kind, v -> outcomes.get(v.toString()), Optional.of(OK))
                .toString();
    }

    @Test
    void aTimeoutShrinksToWhatTimesOutNotToWhatPrintsWrong() {
        assertEquals("opt=0", shrink(FailureKind.TIMED_OUT, WRONG, HANGS, HANGS));
        assertEquals("memory=fixed:16,opt=0", shrink(FailureKind.TIMED_OUT, WRONG, CRASHES, HANGS));
    }

    @Test
    void aWrongOutputShrinksToWhatPrintsWrongNotToWhatTimesOut() {
        assertEquals("memory=fixed:16", shrink(FailureKind.DIFFERS, WRONG, HANGS, WRONG));
        assertEquals("memory=fixed:16,opt=0", shrink(FailureKind.DIFFERS, HANGS, CRASHES, WRONG));
    }

    @Test
    void aCrashShrinksToWhatCrashes() {
        assertEquals("opt=0", shrink(FailureKind.CRASHED, HANGS, CRASHES, CRASHES));
    }

    @Test
    void aTimedOutDefaultsCellIsNoReference() {
        // The cell printed what the golden files say; only a hung defaults cell would call it different.
        assertEquals(Optional.empty(), FailureKind.of(EXPECTED, OK, Optional.of(HANGS)));
        assertEquals(Optional.of(FailureKind.DIFFERS), FailureKind.of(EXPECTED, OK, Optional.of(WRONG)));
    }
}
