package dev.weft.matrix.engines;

import dev.weft.shims.ChicoryHost;
import java.util.Set;

/**
 * Chicory's interpreter, in-process: the embedded default engine. Slow
 * (tens to hundreds of times Wasmtime). Has tail calls: ten million mutual
 * {@code return_call}s run in constant stack (EngineCases proves each claim).
 */
public final class ChicoryEngine extends HostEngine {
    public static final String NAME = "chicory";

    public ChicoryEngine() {
        super(ChicoryHost.interpreter());
    }

    @Override
    public String name() { return NAME; }

    @Override
    public Set<String> capabilities() { return Set.of("tail-call", "host-memory", "async-memory-write"); }
}
