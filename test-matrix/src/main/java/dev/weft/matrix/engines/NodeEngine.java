package dev.weft.matrix.engines;

import dev.weft.shims.NodeHost;
import java.util.Optional;
import java.util.Set;

/**
 * Node (20 here) as a subprocess, running the module with {@code node:wasi}
 * through the loader {@code dev/weft/shims/node/run.mjs}. Unavailable, with
 * the reason, when {@code node} is not on the PATH. Node 20's V8 has tail
 * calls (EngineCases shows it); it has no {@code try_table}. It lacks
 * {@code async-memory-write}: the program's memory is its worker's alone,
 * so no other thread can set {@code switch=flag}'s word while it runs.
 */
public final class NodeEngine extends HostEngine {
    public static final String NAME = "node";

    public NodeEngine() {
        super(new NodeHost());
    }

    @Override
    public String name() { return NAME; }

    @Override
    public Set<String> capabilities() { return Set.of("tail-call", "host-memory"); }

    @Override
    public Optional<String> unavailable() {
        return NodeHost.unavailable();
    }
}
