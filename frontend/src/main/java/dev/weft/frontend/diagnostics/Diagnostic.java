package dev.weft.frontend.diagnostics;

import java.util.Comparator;

/** One message for the user, positioned in a source file. */
public record Diagnostic(Severity severity, Code code, SourceFile file, Span span, String message) {
    /** Source order, so that reports read top to bottom whatever order they were found in. */
    public static final Comparator<Diagnostic> IN_SOURCE_ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().name())
            .thenComparingInt(d -> d.span().start())
            .thenComparing(d -> d.code().name())
            .thenComparing(Diagnostic::message);

    public boolean isError() { return severity == Severity.ERROR; }
}
