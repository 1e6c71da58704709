package dev.weft.backend.pass;

import dev.weft.backend.core.CoreProgram;

/**
 * One core-to-core transformation or analysis, in a file of its own, run by
 * {@link Pipeline} in a fixed order. A pass rewrites function bodies in place
 * ({@code CoreFunction.replaceBody}) or marks variables; it keeps the program
 * well formed, so that any prefix of the pipeline can be printed.
 */
public interface CorePass {
    /** The name {@code weft build --emit core} and the pipeline's listing show. */
    String name();

    void run(CoreProgram program);
}
