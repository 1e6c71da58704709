package dev.weft.matrix.engines;

import dev.weft.shims.ChicoryHost;
import java.util.Set;

/**
 * Chicory's compiler, in-process: the module is compiled to JVM bytecode when
 * it is instantiated, then runs as Java. Deep call chains exhaust the JVM
 * stack sooner than the interpreter's (it runs on the same 1 GiB-stack
 * thread); hot loops inside a huge once-called function stay slow (the JVM
 * has no on-stack replacement into a method it has not compiled yet: the
 * 10-million-iteration loop took 0.09 s at opt=0 and 0.64 s at opt=2 while
 * wasm-opt inlined it into a function called once, 0.05 s since decision
 * 0012 keeps loops in their own functions). Has no tail calls:
 * it accepts {@code return_call} but runs it as an ordinary call that keeps
 * the caller's frame, so ten million mutual tail calls fit the 1 GiB stack
 * only on some runs and a hundred million never do.
 */
public final class ChicoryAotEngine extends HostEngine {
    public static final String NAME = "chicory-aot";

    public ChicoryAotEngine() {
        super(ChicoryHost.compiler());
    }

    @Override
    public String name() { return NAME; }

    @Override
    public Set<String> capabilities() { return Set.of("host-memory", "async-memory-write"); }
}
