package dev.weft.matrix.engines;

import java.util.List;

/** What a run is given: the program's name (argv[0]), its arguments and its standard input. */
public record RunInput(String programName, List<String> arguments, byte[] stdin) {
    public RunInput {
        arguments = List.copyOf(arguments);
        stdin = stdin.clone();
    }

    public static RunInput of(String programName) {
        return new RunInput(programName, List.of(), new byte[0]);
    }
}
