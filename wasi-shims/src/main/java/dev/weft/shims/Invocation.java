package dev.weft.shims;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a WASI command is started: its name and arguments (the program sees
 * {@code argv[0] = programName}, then {@code arguments}), its environment, and
 * the three standard streams. The host never closes the streams.
 */
public record Invocation(
        String programName,
        List<String> arguments,
        Map<String, String> environment,
        InputStream stdin,
        OutputStream stdout,
        OutputStream stderr) {

    public Invocation {
        Objects.requireNonNull(programName, "programName");
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }

    /** An invocation with an empty environment. */
    public static Invocation of(String programName, List<String> arguments, InputStream stdin,
            OutputStream stdout, OutputStream stderr) {
        return new Invocation(programName, arguments, Map.of(), stdin, stdout, stderr);
    }

    /** The same invocation with this environment instead. */
    public Invocation withEnvironment(Map<String, String> env) {
        return new Invocation(programName, arguments, env, stdin, stdout, stderr);
    }

    /** The full argument vector as the program sees it. */
    public List<String> argv() {
        var argv = new java.util.ArrayList<String>(arguments.size() + 1);
        argv.add(programName);
        argv.addAll(arguments);
        return List.copyOf(argv);
    }
}
