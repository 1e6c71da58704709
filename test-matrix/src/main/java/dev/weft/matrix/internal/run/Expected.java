package dev.weft.matrix.internal.run;

import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.internal.run.Comparison.Observed;

/**
 * What every cell of a program must show, besides agreeing with its own
 * engine's defaults cell: the program's golden files, or, for a program
 * without them (a generated one, say), the reference cell, which is the
 * defaults vector on the first engine of the run that can run it. Every cell
 * agreeing with one cell is every two cells agreeing, and a reference keeps
 * each difference reported once, on the cell that differs.
 *
 * @param against how diffs name it: "the golden files" or "the reference cell (defaults on chicory)"
 */
public record Expected(String against, Observed observed) {
    public static Expected golden(Observed golden) {
        return new Expected("the golden files", golden);
    }

    public static Expected reference(String engine, RunOutcome outcome) {
        return new Expected("the reference cell (defaults on " + engine + ")", Observed.of(outcome));
    }
}
