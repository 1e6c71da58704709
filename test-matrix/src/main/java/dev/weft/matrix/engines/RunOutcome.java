package dev.weft.matrix.engines;

import java.time.Duration;

/** What a run produced. */
public record RunOutcome(String stdout, String stderr, int exitCode, Duration time) {}
