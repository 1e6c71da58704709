package dev.weft.backend.pass;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.CoreWalk;

/**
 * Marks each call of a function by itself in tail position as a
 * {@link CoreExpr.SelfTailCall}, which the emitter turns into a jump back to
 * the start of the function (a Wasm loop), so that such a recursion runs in
 * constant stack whatever the vector. Tail position is core IR's
 * ({@link CoreWalk#tails}: let bodies, sequence results, if branches, match
 * arm bodies), so the right operand of {@code a && f(x)} (an if whose else is
 * false) is one, as a branch of the source's own {@code if} is; arguments, let values,
 * conditions, guards and a lambda's body (another function once
 * pass/ClosureConversion has run) are not tail positions.
 */
public final class SelfTailCalls implements CorePass {
    @Override
    public String name() { return "self-tail-calls"; }

    @Override
    public CoreProgram run(CoreProgram program) {
        for (CoreFunction f : program.functions()) {
            CoreExpr marked = CoreWalk.mapTails(f.body(), e -> e instanceof CoreExpr.Call c && c.function() == f
                    ? new CoreExpr.SelfTailCall(c.args(), f.result()) : e);
            if (marked != f.body()) f.replaceBody(marked);
        }
        return program;
    }
}
