package dev.weft.shims;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a WASI command ended.
 *
 * @param exitCode 0 when {@code _start} returned, {@code n} after
 *     {@code proc_exit(n)}, {@link ChicoryHost#TRAP_EXIT_CODE} after a trap
 * @param trap what trapped, as {@code unreachable}, when the run ended in a trap
 * @param time wall-clock time of instantiation and run, not of parsing
 */
public record RunResult(int exitCode, Optional<String> trap, Duration time) {

    public RunResult {
        Objects.requireNonNull(trap, "trap");
        Objects.requireNonNull(time, "time");
    }

    public boolean trapped() {
        return trap.isPresent();
    }
}
