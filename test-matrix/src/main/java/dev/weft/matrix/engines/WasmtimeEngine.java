package dev.weft.matrix.engines;

import dev.weft.shims.WasmtimeHost;
import java.util.Optional;
import java.util.Set;

/**
 * Wasmtime 7.0.1 in-process through wasmtime-java 0.19.0 (JNI): no tail calls,
 * no exception handling. Its native library goes under {@code java.io.tmpdir},
 * which should be a private folder.
 */
public final class WasmtimeEngine extends HostEngine {
    public static final String NAME = "wasmtime";

    public WasmtimeEngine() {
        super(new WasmtimeHost());
    }

    @Override
    public String name() { return NAME; }

    @Override
    public Set<String> capabilities() { return Set.of("host-memory", "async-memory-write"); }

    @Override
    public Optional<String> unavailable() {
        return WasmtimeHost.unavailable();
    }
}
