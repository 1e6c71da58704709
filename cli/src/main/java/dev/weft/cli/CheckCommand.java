package dev.weft.cli;

import dev.weft.backend.Compiler;
import dev.weft.frontend.diagnostics.Diagnostics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Parses and type-checks FILE, with the modules it imports and the standard library, without generating code; prints its diagnostics.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CompileOptions options = new CompileOptions();

    @Override
    public Integer call() {
        try {
            Diagnostics diagnostics = new Diagnostics();
            boolean ok = Compiler.check(options.source(), diagnostics).isPresent();
            CompileOptions.report(diagnostics, System.err);
            return ok ? ExitCodes.OK : ExitCodes.PROGRAM_ERRORS;
        } catch (CompileOptions.Exit e) {
            return e.code;
        }
    }
}
