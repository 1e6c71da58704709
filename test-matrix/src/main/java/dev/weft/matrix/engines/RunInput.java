package dev.weft.matrix.engines;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run is given: the program's name (argv[0]), its arguments, its
 * standard input, and how long it may run before the engine stops it (none
 * when empty).
 */
public record RunInput(String programName, List<String> arguments, byte[] stdin, Optional<Duration> timeout) {
    public RunInput {
        arguments = List.copyOf(arguments);
        stdin = stdin.clone();
        Objects.requireNonNull(timeout, "timeout");
    }

    public RunInput(String programName, List<String> arguments, byte[] stdin) {
        this(programName, arguments, stdin, Optional.empty());
    }

    public static RunInput of(String programName) {
        return new RunInput(programName, List.of(), new byte[0]);
    }

    public RunInput withTimeout(Optional<Duration> limit) {
        return new RunInput(programName, arguments, stdin, limit);
    }
}
