package dev.weft.matrix.engines;

/** The engine cases on WasmtimeEngine. */
class WasmtimeEngineTest extends EngineCases {
    private static final Engine ENGINE = new WasmtimeEngine();

    @Override
    Engine engine() {
        return ENGINE;
    }
}
