package dev.weft.backend.pass;

import dev.weft.backend.core.CoreProgram;
import java.util.List;

/**
 * The core-to-core passes between lowering and emission, in the order they
 * run. Lowering itself (backend/lower) still does monomorphization, closure
 * conversion, desugaring and marks self tail calls in one walk over the typed
 * tree.
 */
public final class Pipeline {
    private Pipeline() {}

    public static final List<CorePass> PASSES = List.of(
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
