package dev.weft.backend.pass;

import dev.weft.backend.core.CoreProgram;
import java.util.List;

/**
 * The core-to-core passes between lowering and emission, in the order they
 * run (docs/decisions/0022-lowering-and-core-passes.md). Lowering
 * (backend/lower) is the translation of typed trees by instance, which is
 * monomorphization itself; everything core IR alone can decide is a pass
 * here, each in its own file, each walking core IR with core/CoreWalk.
 */
public final class Pipeline {
    private Pipeline() {}

    public static final List<CorePass> PASSES = List.of(
            // A match on an object built only to be matched ((a, b), a record) matches its fields instead.
            new ScrutineeFields(),
            // Each lambda becomes a function of (closure, params...) and a closure of its free variables.
            new ClosureConversion(),
            // A function's calls of itself in tail position become jumps back to its start.
            new SelfTailCalls(),
            // Functions that call one another in tail position become one loop (tailcall=loop).
            new TailGroups(),
            // No pointer waits on the operand stack across an allocation; fields before their object.
            new AllocationOrder(),
            // Pointer variables live across a possible collection go to the shadow-stack frame.
            new Roots());

    public static CoreProgram run(CoreProgram program) {
        for (CorePass pass : PASSES) program = pass.run(program);
        return program;
    }
}
