package dev.weft.matrix.engines;

import dev.weft.shims.ChicoryHost;
import java.time.Duration;

/** What a run produced. */
public record RunOutcome(String stdout, String stderr, int exitCode, Duration time) {
    /** The exit code of a run that trapped, on every engine. */
    public static final int TRAP_EXIT_CODE = ChicoryHost.TRAP_EXIT_CODE;

    /** The prefix of the one stderr line a trap prints, on every engine. */
    public static final String TRAP_PREFIX = ChicoryHost.TRAP_PREFIX;
}
