package dev.weft.frontend.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one reporter every phase writes to. Thread-safe: components typed in
 * parallel report into the same instance. {@link #all()} returns source order.
 *
 * <p>It keeps at most {@link #MAX_KEPT} errors and as many warnings: the first
 * ones in source order, whatever order parallel typing found them in, so the
 * report is the same on every run. Later ones are counted ({@link #errorCount()}),
 * so that a binary file cannot print millions of "unexpected character" lines.
 */
public final class Diagnostics {
    /** Errors (and, apart, warnings) kept for the report; dev.weft.frontend.Limits.MAX_ERRORS. */
    public static final int MAX_KEPT = 100;

    private final TreeSet<Diagnostic> errors = new TreeSet<>(Diagnostic.IN_SOURCE_ORDER);
    private final TreeSet<Diagnostic> warnings = new TreeSet<>(Diagnostic.IN_SOURCE_ORDER);
    private int errorCount;

    public synchronized void report(Diagnostic d) {
        TreeSet<Diagnostic> kept = d.isError() ? errors : warnings;
        if (!kept.add(d)) return; // the same message at the same place, reported twice
        if (d.isError()) errorCount++;
        if (kept.size() > MAX_KEPT) kept.pollLast();
    }

    public void error(Code code, SourceFile file, Span span, String message) {
        report(new Diagnostic(Severity.ERROR, code, file, span, message));
    }

    public void warning(Code code, SourceFile file, Span span, String message) {
        report(new Diagnostic(Severity.WARNING, code, file, span, message));
    }

    public synchronized boolean hasErrors() {
        return errorCount > 0;
    }

    /** Every error reported, including those past {@link #MAX_KEPT} that {@link #all()} leaves out. */
    public synchronized int errorCount() {
        return errorCount;
    }

    public synchronized List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(errors.size() + warnings.size());
        sorted.addAll(errors);
        sorted.addAll(warnings);
        sorted.sort(Diagnostic.IN_SOURCE_ORDER);
        return List.copyOf(sorted);
    }
}
