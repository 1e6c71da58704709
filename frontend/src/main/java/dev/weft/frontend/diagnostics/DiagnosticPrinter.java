package dev.weft.frontend.diagnostics;

/**
 * Renders a diagnostic as {@code file:line:col: error: message [CODE]}, then the
 * source line and a caret under the span.
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Span span = d.span();
        out.append(d.file().name()).append(':').append(span.line()).append(':').append(span.column())
                .append(": ").append(d.severity().label()).append(": ").append(d.message())
                .append(" [").append(d.code().name()).append("]\n");
        if (span.line() >= 1) {
            String line = d.file().line(span.line());
            String number = Integer.toString(span.line());
            String gutter = " ".repeat(number.length());
            out.append(' ').append(number).append(" | ").append(line).append('\n');
            out.append(' ').append(gutter).append(" | ");
            int col = Math.max(1, span.column());
            // Keep tabs so that the caret lines up under tab-indented code.
            for (int i = 0; i < col - 1 && i < line.length(); i++) {
                out.append(line.charAt(i) == '\t' ? '\t' : ' ');
            }
            int lineRemaining = Math.max(1, line.codePointCount(0, line.length()) - (col - 1));
            int width = Math.max(1, Math.min(span.end() - span.start(), lineRemaining));
            out.append('^').append("~".repeat(width - 1)).append('\n');
        }
        return out.toString();
    }
}
