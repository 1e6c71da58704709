package dev.weft.cli;

import dev.weft.shims.ChicoryHost;
import dev.weft.shims.Invocation;
import dev.weft.shims.RunResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compiles FILE and runs it on the embedded engine (Chicory's interpreter, in-process, with WASI).",
                "The program's stdout, stderr and exit code are passed through; arguments after -- go to the program."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    CompileOptions options = new CompileOptions();

    @Option(names = "--engine", defaultValue = "chicory",
            description = "The engine to run on. Available: chicory (the default).")
    String engine;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (after --).")
    List<String> arguments = new ArrayList<>();

    /** run's own profile: no Binaryen start-up on a path that does not need it. */
    static final String PROFILE = "opt=0";

    @Override
    public Integer call() {
        try {
            if (!engine.equals("chicory")) {
                System.err.println("weft: unknown engine '" + engine + "'; available: chicory");
                return ExitCodes.USAGE;
            }
            byte[] module = options.compile(PROFILE);
            PrintStream out = System.out;
            Invocation invocation = Invocation.of(options.file.getFileName().toString(), arguments, System.in, out, System.err);
            RunResult result = new ChicoryHost().run(module, invocation);
            out.flush();
            return result.exitCode();
        } catch (CompileOptions.Exit e) {
            return e.code;
        }
    }
}
