package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;

/** Every syntax tree node knows where it stands in the source. */
public interface Tree {
    Span span();
}
