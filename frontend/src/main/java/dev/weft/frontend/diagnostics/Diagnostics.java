package dev.weft.frontend.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one reporter every phase writes to. Thread-safe: components typed in
 * parallel report into the same instance. {@link #all()} returns source order.
 */
public final class Diagnostics {
    private final Set<Diagnostic> items = new LinkedHashSet<>();

    public synchronized void report(Diagnostic d) {
        items.add(d);
    }

    public void error(Code code, SourceFile file, Span span, String message) {
        report(new Diagnostic(Severity.ERROR, code, file, span, message));
    }

    public void warning(Code code, SourceFile file, Span span, String message) {
        report(new Diagnostic(Severity.WARNING, code, file, span, message));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(Diagnostic.IN_SOURCE_ORDER);
        return List.copyOf(sorted);
    }
}
