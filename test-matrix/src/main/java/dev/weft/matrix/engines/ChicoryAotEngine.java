package dev.weft.matrix.engines;

import dev.weft.shims.ChicoryHost;
import java.util.Set;

/**
 * Chicory's compiler, in-process: the module is compiled to JVM bytecode when
 * it is instantiated, then runs as Java. Deep call chains exhaust the JVM
 * stack sooner than the interpreter's (it runs on the same 1 GiB-stack
 * thread); hot loops inside a huge once-called function stay slow (the JVM
 * has no on-stack replacement into a method it has not compiled yet).
 */
public final class ChicoryAotEngine extends HostEngine {
    public static final String NAME = "chicory-aot";

    public ChicoryAotEngine() {
        super(ChicoryHost.compiler());
    }

    @Override
    public String name() { return NAME; }

    @Override
    public Set<String> capabilities() { return Set.of("tail-call"); }
}
