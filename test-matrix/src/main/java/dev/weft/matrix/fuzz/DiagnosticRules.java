package dev.weft.matrix.fuzz;

import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.Span;
import java.util.Optional;

/**
 * What every stage's diagnostics must be, whatever the input: each one at a
 * real position of its file (users are promised file:line:col), with the line
 * and column of its offset (else it names the wrong file), rendering
 * without an exception, and agreeing with the stage's result (a result exactly
 * when there is no error).
 */
final class DiagnosticRules {
    private DiagnosticRules() {}

    static Optional<Failure> judge(String stage, Diagnostics diagnostics, boolean hasResult) {
        for (Diagnostic d : diagnostics.all()) {
            Span s = d.span();
            if (s.line() < 1 || s.line() > d.file().lineCount() || s.column() < 1 || s.end() < s.start()) {
                return Optional.of(Failure.broken(stage + ": a diagnostic without a position in its file: " + d.code(),
                        d.file().name() + ":" + s + " (" + s.start() + ".." + s.end() + ") " + d.message()));
            }
            String at = lineAndColumn(d.file().text(), s.start());
            if (!at.equals(s.line() + ":" + s.column())) {
                return Optional.of(Failure.broken(stage + ": a diagnostic whose line and column are not its offset's: "
                        + d.code(), d.file().name() + ":" + s + " but offset " + s.start() + " is " + at + ": " + d.message()));
            }
            if (d.message().isBlank()) {
                return Optional.of(Failure.broken(stage + ": a diagnostic without a message: " + d.code(), d.toString()));
            }
            try {
                DiagnosticPrinter.render(d);
            } catch (RuntimeException e) {
                return Optional.of(Failure.thrown(stage + " (printing a diagnostic)", e));
            }
        }
        boolean errors = diagnostics.hasErrors();
        if (hasResult && errors) {
            return Optional.of(Failure.broken(stage + ": a result although there are errors", render(diagnostics)));
        }
        if (!hasResult && !errors) {
            return Optional.of(Failure.broken(stage + ": no result and no error to say why", render(diagnostics)));
        }
        return Optional.empty();
    }

    /**
     * Where a code point offset stands, 1-based. A span's line and column and its offset
     * are made together; when they disagree, the span belongs to another file (the
     * diagnostic names the wrong one) or was made up.
     */
    static String lineAndColumn(String text, int offset) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < offset && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    private static String render(Diagnostics diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) out.append(DiagnosticPrinter.render(d));
        return out.toString();
    }
}
