package dev.weft.matrix.engines;

import dev.weft.shims.ChicoryHost;
import dev.weft.shims.Invocation;
import dev.weft.shims.RunResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Chicory's interpreter, in-process: the embedded default engine. */
public final class ChicoryEngine implements Engine {
    @Override
    public String name() { return "chicory"; }

    @Override
    public Set<String> capabilities() { return Set.of(); }

    @Override
    public RunOutcome run(byte[] module, RunInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = Invocation.of(input.programName(), input.arguments(),
                new ByteArrayInputStream(input.stdin()), out, err);
        RunResult result = new ChicoryHost().run(module, invocation);
        return new RunOutcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                result.exitCode(), result.time());
    }
}
