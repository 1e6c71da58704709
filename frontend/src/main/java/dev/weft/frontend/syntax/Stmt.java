package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;
import java.util.Optional;

/** A statement in a block. */
public sealed interface Stmt extends Tree {

    /** {@code x = e}, {@code x: Int = e}, {@code (a, b) = e}. */
    record Let(Pattern pattern, Optional<TypeExpr> type, Expr value, Span span) implements Stmt {}

    record ExprStmt(Expr expr, Span span) implements Stmt {}
}
