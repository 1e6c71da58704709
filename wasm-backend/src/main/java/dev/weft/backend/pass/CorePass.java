package dev.weft.backend.pass;

import dev.weft.backend.core.CoreProgram;

/**
 * One core-to-core transformation or analysis, in a file of its own, run by
 * {@link Pipeline} in a fixed order. A pass rewrites function bodies in place
 * ({@code CoreFunction.replaceBody}), marks variables or functions, or adds
 * functions (then it returns a new program); it keeps the program well
 * formed, so that any prefix of the pipeline can be printed.
 */
public interface CorePass {
    /** The name {@code weft build --emit core} and the pipeline's listing show. */
    String name();

    /** The program after the pass: {@code program} itself unless functions were added. */
    CoreProgram run(CoreProgram program);
}
