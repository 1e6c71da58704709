package dev.weft.frontend.diagnostics;

/**
 * Renders a diagnostic as {@code file:line:col: error: message [CODE]}, then the
 * source line and a caret under the span. A line longer than {@link #WIDTH}
 * code points is shown as a window around the span, cut with {@code ...}, so
 * that a diagnostic in a 10 MB line does not print the line.
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    /** Code points of a source line shown at most. */
    static final int WIDTH = 160;

    /** How far before the span's column a window starts. */
    private static final int LEAD = 40;

    private static final String CUT = "...";

    public static String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        Span span = d.span();
        out.append(d.file().name()).append(':').append(span.line()).append(':').append(span.column())
                .append(": ").append(d.severity().label()).append(": ").append(d.message())
                .append(" [").append(d.code().name()).append("]\n");
        if (span.line() >= 1) {
            int[] line = d.file().line(span.line()).codePoints().toArray();
            int col = Math.max(1, span.column());
            int from = 0;
            int to = line.length;
            if (line.length > WIDTH) {
                from = Math.max(0, Math.min(col - 1 - LEAD, line.length - WIDTH));
                to = Math.min(line.length, from + WIDTH);
            }
            String before = from > 0 ? CUT : "";
            String number = Integer.toString(span.line());
            String gutter = " ".repeat(number.length());
            out.append(' ').append(number).append(" | ").append(before).append(new String(line, from, to - from))
                    .append(to < line.length ? CUT : "").append('\n');
            out.append(' ').append(gutter).append(" | ").append(" ".repeat(before.length()));
            // Keep tabs so that the caret lines up under tab-indented code.
            for (int i = from; i < col - 1 && i < to; i++) out.append(line[i] == '\t' ? '\t' : ' ');
            int lineRemaining = Math.max(1, to - (col - 1));
            int width = Math.max(1, Math.min(span.end() - span.start(), lineRemaining));
            out.append('^').append("~".repeat(width - 1)).append('\n');
        }
        return out.toString();
    }
}
