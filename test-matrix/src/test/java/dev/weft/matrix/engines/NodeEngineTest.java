package dev.weft.matrix.engines;

/** The engine cases on NodeEngine. */
class NodeEngineTest extends EngineCases {
    private static final Engine ENGINE = new NodeEngine();

    @Override
    Engine engine() {
        return ENGINE;
    }
}
