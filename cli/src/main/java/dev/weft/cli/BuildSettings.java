package dev.weft.cli;

import dev.weft.backend.BuildOptions;
import picocli.CommandLine.Option;

/** What run and build set beside the vector (backend/BuildOptions): the stack limit and statistics. */
final class BuildSettings {
    @Option(names = "--stats",
            description = "Print the RTS's memory statistics on stderr when the program ends, after its own output: "
                    + "collections (minor and major), bytes allocated, peak heap, total and longest pause.")
    boolean stats;

    @Option(names = "--stack", paramLabel = "KIB",
            description = "The stack limit in KiB (default " + BuildOptions.DEFAULT_STACK_KIB + ", about 120,000 simple "
                    + "non-tail calls; from " + BuildOptions.MIN_STACK_KIB + " to " + BuildOptions.MAX_STACK_KIB + "): "
                    + "a deeper recursion ends with `runtime error: stack overflow`, at the same depth on every engine. "
                    + "Above the default, Wasmtime's 2 MiB native stack may run out first (a trap).")
    Integer stackKib;

    /** The options, or a usage error (exit 2) for a limit out of range. */
    BuildOptions options() {
        if (stackKib == null) return BuildOptions.DEFAULT.withStats(stats);
        if (stackKib < BuildOptions.MIN_STACK_KIB || stackKib > BuildOptions.MAX_STACK_KIB) {
            System.err.println("weft: invalid --stack " + stackKib + ": the limit is in KiB, from "
                    + BuildOptions.MIN_STACK_KIB + " to " + BuildOptions.MAX_STACK_KIB);
            throw new CompileOptions.Exit(ExitCodes.USAGE);
        }
        return BuildOptions.DEFAULT.withStackKib(stackKib).withStats(stats);
    }
}
