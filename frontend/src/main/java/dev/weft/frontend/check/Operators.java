package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.TypePrinter;
import dev.weft.frontend.types.Types;

/**
 * Typing of the built-in operators. Weft has no type classes: {@code + - * / %}
 * work on Int or Float, {@code ++} on String or List, {@code == !=} and show on
 * every non-function type, the orderings on those that hold no Pid either, and
 * send takes any message that holds no function. Where an operand's type is still open when its component
 * is done, arithmetic defaults to Int and {@code ++} to String (see docs/language.md).
 */
final class Operators {
    /** What an operator needs of its operand type. */
    enum Need {
        NUMERIC, CONCATENABLE,
        /** {@code ==} and {@code !=}. */
        COMPARABLE,
        /** {@code < <= > >=}: a Pid has no order (docs/language.md, "Processes"). */
        ORDERED,
        SHOWABLE,
        /** A message of send. */
        SENDABLE;

        /** The needs that stay open on a type variable, to be checked at each use (PolymorphicNeeds). */
        boolean checkedAtUses() { return this != NUMERIC && this != CONCATENABLE; }
    }

    /**
     * A need checked when the component is done, once unification has run everywhere. {@code use}
     * is set when the need is a generalized local's, checked at one of its uses (span).
     */
    record Deferred(Need need, Type type, Span span, String operator, LocalUse use) {
        Deferred(Need need, Type type, Span span, String operator) { this(need, type, span, operator, null); }
    }

    /** The generalized local a use instantiates, and where its definition applies the operator. */
    record LocalUse(String local, Span operatorSpan) {}

    private final BodyTyper typer;

    Operators(BodyTyper typer) { this.typer = typer; }

    Type unary(Expr.Unary u) {
        Type t = typer.infer(u.operand());
        if (u.op() == Expr.UnaryOp.NOT) {
            typer.expect(Types.BOOL, t, u.operand().span(), "the operand of !");
            return Types.BOOL;
        }
        typer.defer(new Deferred(Need.NUMERIC, t, u.span(), "-"));
        return t;
    }

    Type binary(Expr.Binary b) {
        Type left = typer.infer(b.left());
        Type right = typer.infer(b.right());
        String op = b.op().symbol;
        switch (b.op()) {
            case AND, OR -> {
                typer.expect(Types.BOOL, left, b.left().span(), "the left operand of " + op);
                typer.expect(Types.BOOL, right, b.right().span(), "the right operand of " + op);
                return Types.BOOL;
            }
            default -> {}
        }
        // A left operand the operator cannot take is the error, not the right one that differs from it.
        Need need = switch (b.op()) {
            case ADD, SUB, MUL, DIV, REM -> Need.NUMERIC;
            case CONCAT -> Need.CONCATENABLE;
            case LT, LE, GT, GE -> Need.ORDERED;
            default -> Need.COMPARABLE;
        };
        if (!applies(need, left.resolve())) {
            typer.diagnostics().error(Code.E0207, typer.file(), b.left().span(), "operator " + op
                    + " does not apply to " + TypePrinter.print(left) + "; it works on " + needs(need));
            return b.op().isComparison() ? Types.BOOL : Types.ERROR;
        }
        if (!typer.expect(left, right, b.right().span(), "the right operand of " + op
                + " (both operands must have one type)")) {
            return b.op().isComparison() ? Types.BOOL : Types.ERROR;
        }
        switch (b.op()) {
            case ADD, SUB, MUL, DIV, REM -> {
                typer.defer(new Deferred(Need.NUMERIC, left, b.opSpan(), op));
                return left;
            }
            case CONCAT -> {
                typer.defer(new Deferred(Need.CONCATENABLE, left, b.opSpan(), op));
                return left;
            }
            default -> {
                typer.defer(new Deferred(need, left, b.opSpan(), op));
                return Types.BOOL;
            }
        }
    }

    /**
     * Whether a resolved type meets a need; open variables and the error type always do (for now:
     * an open one is settled when its component is done, or by {@link PolymorphicNeeds} at its uses).
     */
    private boolean applies(Need need, Type t) {
        if (t instanceof TVar || t == Types.ERROR) return true;
        return switch (need) {
            case NUMERIC -> Types.is(t, Types.INT) || Types.is(t, Types.FLOAT);
            case CONCATENABLE -> Types.is(t, Types.STRING) || (t instanceof Type.Con c && c.name().equals("List"));
            case COMPARABLE, SHOWABLE, SENDABLE, ORDERED -> !violated(need, t, typer.types());
        };
    }

    /** Whether a type breaks one of the needs checked at uses: it holds a function (or, for the orderings, a Pid). */
    static boolean violated(Need need, Type t, TypeDefs types) {
        return need == Need.ORDERED ? FunctionsInside.anyOrPid(t, types) : FunctionsInside.any(t, types);
    }

    /** The code of a broken need: E0213 for a message, else E0207. */
    static Code code(Need need) { return need == Need.SENDABLE ? Code.E0213 : Code.E0207; }

    /** How a message names an operator: {@code operator ==}, but {@code length} and {@code show} as they are. */
    static String named(String operator) {
        return operator.equals("length") || operator.equals("show") || operator.equals("send")
                || operator.equals("receive") ? operator : "operator " + operator;
    }

    static String needs(Need need) {
        return switch (need) {
            case NUMERIC -> "Int or Float";
            case CONCATENABLE -> "String or List";
            case COMPARABLE, SHOWABLE -> "values that are not functions and hold none";
            case ORDERED -> "values that are not functions or Pids and hold neither";
            case SENDABLE -> "messages that are not functions and hold none";
        };
    }

    /** Checks a deferred need, defaulting an open type where the language says so. */
    void settle(Deferred d) {
        Type t = d.type().resolve();
        if (t == Types.ERROR) return;
        if (t instanceof TVar) {
            switch (d.need()) {
                case NUMERIC -> typer.expect(Types.INT, t, d.span(), "operator " + d.operator());
                case CONCATENABLE -> typer.expect(Types.STRING, t, d.span(), "operator " + d.operator());
                // Left open: the function is polymorphic and monomorphization makes it concrete.
                case COMPARABLE, ORDERED, SHOWABLE, SENDABLE -> {}
            }
            return;
        }
        if (!applies(d.need(), t)) {
            String operator = named(d.operator());
            if (d.use() != null) {
                Span at = d.use().operatorSpan();
                typer.diagnostics().error(code(d.need()), typer.file(), d.span(), "this use of '" + d.use().local() + "' needs "
                        + operator + " (at " + at.line() + ":" + at.column() + " in its definition) on "
                        + TypePrinter.print(t) + "; " + d.operator() + " works on " + needs(d.need()));
                return;
            }
            typer.diagnostics().error(code(d.need()), typer.file(), d.span(), d.need() == Need.SENDABLE
                    ? "send of a value of type " + TypePrinter.print(t) + ": a message cannot be or hold a function"
                    : operator + " does not apply to " + TypePrinter.print(t) + "; it works on " + needs(d.need()));
        }
    }
}
