package dev.weft.matrix.internal.run;

import dev.weft.matrix.CorpusProgram;
import dev.weft.matrix.internal.run.Comparison.Observed;
import java.util.Optional;

/**
 * A program as the matrix runs it: its name in reports, its source file's bytes
 * (read once; the compiler decodes them, so that a file that is not UTF-8 gets
 * its diagnostic) and its golden expectations when it has a {@code .stdout}
 * file. A program without one is checked differentially: against the reference
 * cell ({@link Expected}) and its engine's defaults cell.
 */
public record Subject(int index, CorpusProgram program, String displayName, byte[] source, Optional<Observed> golden) {
    /** The source as text (U+FFFD where it is not UTF-8), for the program reducer, which edits text. */
    public String text() {
        return new String(source, java.nio.charset.StandardCharsets.UTF_8);
    }
}
