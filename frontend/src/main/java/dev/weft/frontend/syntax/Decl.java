package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** A top-level declaration. */
public sealed interface Decl extends Tree {

    Name name();

    /** One clause of a function: {@code name(params) -> Result = body}. */
    record FuncDef(Name name, List<Param> params, Optional<TypeExpr> result, Expr body, Span span)
            implements Decl {}

    /** A parameter: a pattern with an optional type, {@code n: Int}. */
    record Param(Pattern pattern, Optional<TypeExpr> type, Span span) implements Tree {}

    /** {@code len : List[a] -> Int}. */
    record Signature(Name name, TypeExpr type, Span span) implements Decl {}

    /** {@code type Shape = Circle(Float) | Rect(Float, Float)} or a record type. */
    record TypeDecl(Name name, List<Name> params, TypeBody body, Span span) implements Decl {}

    sealed interface TypeBody extends Tree {}

    record VariantBody(List<CtorDecl> ctors, Span span) implements TypeBody {}

    record CtorDecl(Name name, List<TypeExpr> fields, Span span) implements Tree {}

    record RecordBody(List<FieldDecl> fields, Span span) implements TypeBody {}

    record FieldDecl(Name name, TypeExpr type, Span span) implements Tree {}

    /** {@code foreign "host" now_ms() -> Float @sync}. */
    record ForeignDecl(Expr.StringLit module, Name name, List<TypeExpr> params, TypeExpr result,
            Optional<Name> annotation, Span span) implements Decl {}
}
