package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;

/** An identifier as written. Its meaning lives in the resolver's side tables. */
public record Name(String text, Span span) implements Tree {
    @Override
    public String toString() { return text; }
}
