package dev.weft.matrix;

import dev.weft.matrix.internal.run.Execution;

/**
 * The differential test matrix: programs x vectors x engines, each cell
 * compared with the program's golden files and with its defaults cell on the
 * same engine; each failing cell shrunk by delta debugging to its minimal
 * vector. See docs/matrix.md.
 */
public final class Matrix {
    private Matrix() {}

    public static MatrixResult run(MatrixPlan plan, Progress progress) {
        return Execution.run(plan, progress);
    }
}
