package dev.weft.frontend.diagnostics;

/**
 * Where a piece of syntax stands: code point offsets {@code [start, end)} and
 * the 1-based line and column of its start.
 */
public record Span(int start, int end, int line, int column) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The smallest span that covers both. */
    public Span to(Span other) {
        if (this == NONE) return other;
        if (other == NONE) return this;
        Span first = start <= other.start ? this : other;
        return new Span(first.start, Math.max(end, other.end), first.line, first.column);
    }

    @Override
    public String toString() { return line + ":" + column; }
}
