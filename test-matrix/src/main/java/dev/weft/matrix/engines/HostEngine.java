package dev.weft.matrix.engines;

import dev.weft.shims.Invocation;
import dev.weft.shims.RunResult;
import dev.weft.shims.WasmHost;

/** An engine that is a {@link WasmHost} in Java: runs stream through it, captured runs collect its output. */
abstract class HostEngine implements Engine {
    private final WasmHost host;

    HostEngine(WasmHost host) {
        this.host = host;
    }

    @Override
    public final RunOutcome run(byte[] module, RunInput input) {
        return Engine.captured(input, invocation -> host.run(module, invocation));
    }

    @Override
    public final RunResult run(byte[] module, Invocation invocation) {
        return host.run(module, invocation);
    }

    @Override
    public String toString() {
        return name();
    }
}
