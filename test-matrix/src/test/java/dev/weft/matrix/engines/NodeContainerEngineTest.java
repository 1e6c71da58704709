package dev.weft.matrix.engines;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The engine cases on Node 22 in a container (NodeContainerEngine), against
 * the Node 20 of the plain node engine. Without a Docker engine (as on this
 * project's machines) the class is skipped with Testcontainers' reason; every
 * case it runs is also NodeEngineTest's.
 */
@Testcontainers(disabledWithoutDocker = true)
class NodeContainerEngineTest extends EngineCases {
    @Container
    static final GenericContainer<?> NODE = NodeContainerEngine.container();

    private static NodeContainerEngine engine;

    /** execInContainer has no time limit, and the container's node is not this JVM's to kill. */
    @Override
    boolean stopsAtTimeouts() {
        return false;
    }

    @Override
    Engine engine() {
        synchronized (NodeContainerEngineTest.class) {
            if (engine == null) engine = new NodeContainerEngine(NODE);
            return engine;
        }
    }
}
