package dev.weft.frontend.syntax;

import dev.weft.frontend.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/** Expressions, exactly as written: parentheses and pipes stay in the tree. */
public sealed interface Expr extends Tree {

    record IntLit(long value, String text, Span span) implements Expr {}

    record FloatLit(double value, String text, Span span) implements Expr {}

    record CharLit(int codePoint, String text, Span span) implements Expr {}

    record BoolLit(boolean value, Span span) implements Expr {}

    record UnitLit(Span span) implements Expr {}

    /** A string literal: text pieces (escapes already decoded) and interpolations. */
    record StringLit(List<StringPart> parts, Span span) implements Expr {}

    sealed interface StringPart extends Tree {}

    record Text(String value, Span span) implements StringPart {}

    record Interpolation(Expr expr, Span span) implements StringPart {}

    /** A lower-case name in expression position. */
    record Var(Name name, Span span) implements Expr {}

    /** An upper-case name in expression position: a constructor. */
    record CtorRef(Name name, Span span) implements Expr {}

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {}

    record Field(Expr target, Name field, Span span) implements Expr {}

    record RecordLit(Name type, List<FieldInit> fields, Span span) implements Expr {}

    record RecordUpdate(Expr target, List<FieldInit> fields, Span span) implements Expr {}

    record FieldInit(Name field, Expr value, Span span) implements Tree {}

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Span opSpan, Span span) implements Expr {}

    record Lambda(List<LambdaParam> params, Expr body, Span span) implements Expr {}

    /** {@code name} is empty for {@code _}. */
    record LambdaParam(Optional<Name> name, Optional<TypeExpr> type, Span span) implements Tree {}

    record Paren(Expr inner, Span span) implements Expr {}

    record Tuple(List<Expr> elements, Span span) implements Expr {}

    record ListLit(List<Expr> elements, Span span) implements Expr {}

    /** {@code { stmts }}: the last statement, when an expression, is the block's value. */
    record Block(List<Stmt> stmts, Span span) implements Expr {}

    /** {@code orElse} is a {@link Block} or another {@link If}. */
    record If(Expr cond, Block then, Optional<Expr> orElse, Span span) implements Expr {}

    record Match(Expr scrutinee, List<Arm> arms, Span span) implements Expr {}

    record Arm(Pattern pattern, Optional<Expr> guard, Expr body, Span span) implements Tree {}

    record Receive(List<Arm> arms, Optional<After> after, Span span) implements Expr {}

    record After(Expr timeout, Expr body, Span span) implements Tree {}

    enum UnaryOp {
        NEG("-"), NOT("!");

        public final String symbol;

        UnaryOp(String symbol) { this.symbol = symbol; }
    }

    enum BinaryOp {
        MUL("*"), DIV("/"), REM("%"), ADD("+"), SUB("-"), CONCAT("++"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        AND("&&"), OR("||"), PIPE("|>");

        public final String symbol;

        BinaryOp(String symbol) { this.symbol = symbol; }

        public boolean isComparison() {
            return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
        }
    }
}
