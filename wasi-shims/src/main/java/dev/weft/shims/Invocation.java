package dev.weft.shims;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a WASI command is started: its name and arguments (the program sees
 * {@code argv[0] = programName}, then {@code arguments}), its environment, and
 * the three standard streams, and how long it may run. The host never closes
 * the streams.
 *
 * @param timeout when present, the host stops the program once it has run
 *     this long (instantiation included) and throws {@link TimedOutException}
 */
public record Invocation(
        String programName,
        List<String> arguments,
        Map<String, String> environment,
        InputStream stdin,
        OutputStream stdout,
        OutputStream stderr,
        Optional<Duration> timeout) {

    public Invocation {
        Objects.requireNonNull(programName, "programName");
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(timeout, "timeout");
        timeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) throw new IllegalArgumentException("a timeout must be positive: " + t);
        });
    }

    /** An invocation with an empty environment and no timeout. */
    public static Invocation of(String programName, List<String> arguments, InputStream stdin,
            OutputStream stdout, OutputStream stderr) {
        return new Invocation(programName, arguments, Map.of(), stdin, stdout, stderr, Optional.empty());
    }

    /** The same invocation with this environment instead. */
    public Invocation withEnvironment(Map<String, String> env) {
        return new Invocation(programName, arguments, env, stdin, stdout, stderr, timeout);
    }

    /** The same invocation, stopped when it has run {@code limit} (none when empty). */
    public Invocation withTimeout(Optional<Duration> limit) {
        return new Invocation(programName, arguments, environment, stdin, stdout, stderr, limit);
    }

    /** The full argument vector as the program sees it. */
    public List<String> argv() {
        var argv = new java.util.ArrayList<String>(arguments.size() + 1);
        argv.add(programName);
        argv.addAll(arguments);
        return List.copyOf(argv);
    }
}
