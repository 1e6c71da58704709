package dev.weft.matrix.engines;

import dev.weft.shims.ChicoryHost;
import dev.weft.shims.TimedOutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run produced.
 *
 * @param unfinished present when the program did not end the run itself: it
 *     timed out, or the engine crashed; stdout and stderr then hold what was
 *     written until then
 */
public record RunOutcome(String stdout, String stderr, int exitCode, Duration time, Optional<Unfinished> unfinished) {
    /** The exit code of a run that trapped, on every engine. */
    public static final int TRAP_EXIT_CODE = ChicoryHost.TRAP_EXIT_CODE;

    /** The prefix of the one stderr line a trap prints, on every engine. */
    public static final String TRAP_PREFIX = ChicoryHost.TRAP_PREFIX;

    /** What a run that timed out is given as its exit code (as {@code weft run --timeout} exits). */
    public static final int TIMEOUT_EXIT_CODE = TimedOutException.EXIT_CODE;

    /** What a run whose engine crashed is given: not any code a program can exit with (0..255). */
    public static final int CRASH_EXIT_CODE = -1;

    public RunOutcome {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(unfinished, "unfinished");
    }

    /** A run the program ended: by returning, exiting or trapping. */
    public RunOutcome(String stdout, String stderr, int exitCode, Duration time) {
        this(stdout, stderr, exitCode, time, Optional.empty());
    }

    public static RunOutcome timedOut(String stdout, String stderr, Duration time, Unfinished.TimedOut why) {
        return new RunOutcome(stdout, stderr, TIMEOUT_EXIT_CODE, time, Optional.of(why));
    }

    public static RunOutcome crashed(String stdout, String stderr, Duration time, Unfinished.Crashed why) {
        return new RunOutcome(stdout, stderr, CRASH_EXIT_CODE, time, Optional.of(why));
    }

    /** Whether the program ended the run itself, so that its output can be compared. */
    public boolean finished() {
        return unfinished.isEmpty();
    }
}
