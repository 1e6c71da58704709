package dev.weft.cli;

import dev.weft.features.FeatureVector;
import dev.weft.features.Profile;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.Engines;
import dev.weft.shims.EngineCrashedException;
import dev.weft.shims.HostUnavailableException;
import dev.weft.shims.Invocation;
import dev.weft.shims.RunResult;
import dev.weft.shims.TimedOutException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compiles FILE and runs it on an engine: by default the embedded one (Chicory's interpreter, in-process, with WASI).",
                "The program's stdout, stderr and exit code are passed through; arguments after -- go to the program.",
                "run's defaults are its profile in the feature model (see `weft features`): the model's defaults with opt=0 "
                        + "(no wasm-opt) and interrupt=poll (interrupts polled through a host import, which every engine of run's provides)."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    CompileOptions options = new CompileOptions();

    @Mixin
    BuildSettings settings = new BuildSettings();

    @Option(names = "--engine", defaultValue = Engines.DEFAULT, paramLabel = "ENGINE",
            description = "The engine to run on: chicory (the default; Chicory's interpreter), chicory-aot"
                    + " (Chicory's compiler to JVM bytecode), wasmtime (in-process, JNI), node (a node subprocess).")
    String engine;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program (after --).")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Timeout.class,
            description = "Stop the program when it has run this long (decimals allowed, as 0.5) and exit with "
                    + TimedOutException.EXIT_CODE + ", as timeout(1) does; by default it runs until it ends.")
    Duration timeout;

    /** The vector this run compiles with: run's profile in the feature model, then --features and -O flags. */
    FeatureVector vector() {
        return options.vector(Profile.RUN);
    }

    @Override
    public Integer call() {
        try {
            Engine chosen = chosenEngine();
            byte[] module = options.compile(vector(), settings.options());
            PrintStream out = System.out;
            Invocation invocation = Invocation.of(options.file.getFileName().toString(), arguments, System.in, out, System.err)
                    .withTimeout(Optional.ofNullable(timeout));
            RunResult result = chosen.run(module, invocation);
            out.flush();
            return result.exitCode();
        } catch (CompileOptions.Exit e) {
            return e.code;
        } catch (HostUnavailableException e) {
            System.err.println("weft: the engine " + engine + " cannot run here: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (TimedOutException e) {
            System.out.flush();
            System.err.println("weft: " + options.file + " was still running after " + TimedOutException.seconds(e.limit())
                    + " and was stopped (--timeout)" + (e.stopped() ? "" : "; the engine did not stop when told to"));
            return TimedOutException.EXIT_CODE;
        } catch (EngineCrashedException e) {
            System.out.flush();
            System.err.println("weft: the engine " + engine + " failed under the program: " + e.getMessage()
                    + "; this is a bug in the engine or in weft, not in your program");
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * The engine asked for, checked before compiling: a name that is none
     * lists the valid ones, an engine that cannot start here or lacks a
     * capability the vector needs says why; each ends with exit code 2.
     */
    private Engine chosenEngine() {
        Engine chosen;
        try {
            chosen = Engines.named(engine);
        } catch (Engines.UnknownEngineException e) {
            System.err.println("weft: " + e.getMessage());
            throw new CompileOptions.Exit(ExitCodes.USAGE);
        }
        var why = chosen.cannotRun(vector());
        if (why.isPresent()) {
            System.err.println("weft: cannot run on " + engine + ": " + why.get());
            throw new CompileOptions.Exit(ExitCodes.USAGE);
        }
        return chosen;
    }
}
