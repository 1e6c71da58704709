package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;
import java.util.List;

/** A type as written in the source (syntax); its meaning is a {@code types.Type}. */
public sealed interface TypeExpr extends Tree {

    /** {@code Int}, {@code List[a]}. */
    record Named(Name name, List<TypeExpr> args, Span span) implements TypeExpr {}

    /** {@code a}. */
    record Variable(Name name, Span span) implements TypeExpr {}

    /** {@code ()}, {@code (a)}, {@code (a, b)}: unit, parentheses, or a tuple by element count. */
    record Parens(List<TypeExpr> elements, Span span) implements TypeExpr {}

    /** {@code (a, b) -> c} or {@code a -> b}. */
    record Function(List<TypeExpr> params, TypeExpr result, Span span) implements TypeExpr {}
}
