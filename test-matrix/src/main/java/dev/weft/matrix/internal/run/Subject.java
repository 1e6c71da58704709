package dev.weft.matrix.internal.run;

import dev.weft.matrix.CorpusProgram;
import dev.weft.matrix.internal.run.Comparison.Observed;
import java.util.Optional;

/**
 * A program as the matrix runs it: its name in reports, its text (read once)
 * and its golden expectations when it has a {@code .stdout} file. A program
 * without one is checked differentially: against the reference cell
 * ({@link Expected}) and its engine's defaults cell.
 */
public record Subject(int index, CorpusProgram program, String displayName, String text, Optional<Observed> golden) {}
