package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** Patterns in parameters, match arms, receive arms and bindings. */
public sealed interface Pattern extends Tree {

    record Wildcard(Span span) implements Pattern {}

    record Binder(Name name, Span span) implements Pattern {}

    /** {@code n: Int}, only at the top of a receive arm. */
    record TypedBinder(Name name, TypeExpr type, Span span) implements Pattern {}

    /** A literal: Int, Float (possibly negated), Char, String without interpolation, Bool. */
    record Literal(Expr literal, boolean negated, Span span) implements Pattern {}

    record Unit(Span span) implements Pattern {}

    record Paren(Pattern inner, Span span) implements Pattern {}

    /** {@code Some(x)}, {@code None}. */
    record Ctor(Name name, List<Pattern> args, boolean hasParens, Span span) implements Pattern {}

    record Tuple(List<Pattern> elements, Span span) implements Pattern {}

    /** {@code []}, {@code [x]}, {@code [h, ...t]}; {@code rest} is the binder or {@code _} after {@code ...}. */
    record ListPat(List<Pattern> elements, Optional<Pattern> rest, Span span) implements Pattern {}

    /** {@code {x, y: 0.0}} or {@code Point{x, y: 0.0}}. */
    record Record(Optional<Name> type, List<FieldPat> fields, Span span) implements Pattern {}

    /** {@code x} (binds the field to {@code x}) or {@code x: pattern}. */
    record FieldPat(Name field, Optional<Pattern> pattern, Span span) implements Tree {}
}
