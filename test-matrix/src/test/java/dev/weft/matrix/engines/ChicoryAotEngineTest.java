package dev.weft.matrix.engines;

/** The engine cases on ChicoryAotEngine. */
class ChicoryAotEngineTest extends EngineCases {
    private static final Engine ENGINE = new ChicoryAotEngine();

    @Override
    Engine engine() {
        return ENGINE;
    }

    @Override
    boolean rejectsTailCallsItCannotRun() {
        return false;
    }

    @Override
    boolean growsPast2GiB() {
        return false;
    }
}
