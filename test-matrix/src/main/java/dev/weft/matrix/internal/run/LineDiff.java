package dev.weft.matrix.internal.run;

import java.util.List;

/**
 * A short line diff for reports: the lines both texts share at the start and
 * end are cut to two of context each side, the middle shown as {@code -}
 * expected and {@code +} actual lines, each side at most {@value #MAX_LINES}
 * lines. Enough to read a failure; the golden files hold the rest.
 */
final class LineDiff {
    static final int MAX_LINES = 20;
    private static final int CONTEXT = 2;

    private LineDiff() {}

    static String of(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int prefix = 0;
        while (prefix < e.size() && prefix < a.size() && e.get(prefix).equals(a.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < e.size() - prefix && suffix < a.size() - prefix
                && e.get(e.size() - 1 - suffix).equals(a.get(a.size() - 1 - suffix))) suffix++;
        StringBuilder out = new StringBuilder();
        if (prefix > CONTEXT) out.append("  ... ").append(prefix - CONTEXT).append(" equal lines\n");
        for (int i = Math.max(0, prefix - CONTEXT); i < prefix; i++) out.append("  ").append(e.get(i)).append('\n');
        side(out, '-', e.subList(prefix, e.size() - suffix));
        side(out, '+', a.subList(prefix, a.size() - suffix));
        if (prefix == e.size() && prefix == a.size()) {
            // Same lines: the texts differ only in line endings or a final newline.
            out.append("  (the texts differ only in line endings: expected ")
                    .append(expected.endsWith("\n") ? "a" : "no").append(" final newline, got ")
                    .append(actual.endsWith("\n") ? "one" : "none").append(")\n");
        }
        int shown = Math.min(suffix, CONTEXT);
        for (int i = e.size() - suffix; i < e.size() - suffix + shown; i++) out.append("  ").append(e.get(i)).append('\n');
        if (suffix > CONTEXT) out.append("  ... ").append(suffix - CONTEXT).append(" equal lines\n");
        return out.toString();
    }

    private static void side(StringBuilder out, char sign, List<String> lines) {
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) out.append(sign).append(' ').append(lines.get(i)).append('\n');
        if (lines.size() > MAX_LINES) out.append(sign).append(" ... ").append(lines.size() - MAX_LINES).append(" more lines\n");
    }
}
