package dev.weft.cli;

import dev.weft.frontend.DeepStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code weft} command: build, run and check Weft programs. */
@Command(name = "weft",
        mixinStandardHelpOptions = true,
        version = "weft 0.1.0",
        description = "Compiles Weft programs to WebAssembly and runs them.",
        subcommands = {RunCommand.class, BuildCommand.class, CheckCommand.class, FeaturesCommand.class, MatrixCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 the program has errors; 2 bad command line or unreadable file;",
                "3 internal compiler error; `run` passes the program's own exit code through",
                "(70 for a Weft runtime error, 134 for a Wasm trap, 124 when run --timeout stopped it)."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> ExitCodes.internalError(e));
        // The whole command on a deep stack: printers and checks recurse as deep as the source nests.
        // An Error (picocli passes those through) is a bug in weft too, never a stack trace for the user.
        try {
            return DeepStack.call(() -> cl.execute(args));
        } catch (Throwable e) {
            return ExitCodes.internalError(e);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: choose run, build, check, features or matrix");
    }
}
