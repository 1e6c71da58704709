package dev.weft.matrix.engines;

/** The engine cases on ChicoryEngine. */
class ChicoryEngineTest extends EngineCases {
    private static final Engine ENGINE = new ChicoryEngine();

    @Override
    Engine engine() {
        return ENGINE;
    }

    @Override
    boolean growsPast2GiB() {
        return false;
    }
}
