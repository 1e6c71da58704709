package dev.weft.matrix.engines;

/** The engine cases on WasmtimeEngine. */
class WasmtimeEngineTest extends EngineCases {
    private static final Engine ENGINE = new WasmtimeEngine();

    @Override
    Engine engine() {
        return ENGINE;
    }

    /**
     * Wasmtime's WASI sleeps in Rust, where the epoch is not checked: the
     * run is reported as timed out once the grace period has passed, and
     * its thread, asleep, is left behind.
     */
    @Override
    boolean stopsInHostCalls() {
        return false;
    }
}
