package dev.weft.matrix.internal.reduce;

import dev.weft.frontend.diagnostics.Span;

/**
 * A program's text with the conversion from the frontend's positions (code
 * point offsets, {@link Span}) to Java string indexes, and the ranges that
 * delete an item of a list cleanly: whole lines when the item stands on lines
 * of its own, else the item with the separator after it (or, for the last
 * item, the separator before it).
 */
final class SourceText {
    final String text;
    private final int[] charIndex;

    SourceText(String text) {
        this.text = text;
        int points = text.codePointCount(0, text.length());
        charIndex = new int[points + 1];
        int c = 0;
        for (int p = 0; p < points; p++) {
            charIndex[p] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        charIndex[points] = text.length();
    }

    int start(Span s) {
        return charIndex[Math.min(s.start(), charIndex.length - 1)];
    }

    int end(Span s) {
        return charIndex[Math.min(s.end(), charIndex.length - 1)];
    }

    String of(Span s) {
        return text.substring(start(s), end(s));
    }

    /**
     * The range that deletes the item at {@code s} from a list whose previous
     * item ends at {@code previous} and whose next item starts at {@code next}
     * (either may be null).
     */
    Edit deletion(Edit.Kind kind, Span s, Span previous, Span next) {
        int start = start(s);
        int end = end(s);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.length();
        if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
            return new Edit(kind, lineStart, Math.min(lineEnd + 1, text.length()), "");
        }
        if (next != null) return new Edit(kind, start, start(next), "");
        if (previous != null) return new Edit(kind, end(previous), end, "");
        return new Edit(kind, start, end, "");
    }

    /** Lines that hold more than white space. */
    static int nonBlankLines(String text) {
        return (int) text.lines().filter(l -> !l.isBlank()).count();
    }
}
