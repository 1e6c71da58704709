package dev.weft.backend.lower;

import dev.weft.frontend.check.Names;
import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The name uses in typed trees, for LocalInstances: the uses of a generalized
 * local in its scope, which decide the copies to make before the scope is
 * lowered, and the locals a later generalized value refers to. What a lambda
 * captures is decided on core IR instead (pass/ClosureConversion).
 */
final class FreeLocals {
    private final Consumer<Expr.Var> sink;
    private final Predicate<Stmt.Let> skipValue;

    private FreeLocals(Consumer<Expr.Var> sink, Predicate<Stmt.Let> skipValue) {
        this.sink = sink;
        this.skipValue = skipValue;
    }

    static Set<Symbol.Local> of(Expr e, Names names) {
        Set<Symbol.Local> out = new LinkedHashSet<>();
        new FreeLocals(v -> {
            if (names.symbol(v) instanceof Symbol.Local l) out.add(l);
        }, let -> false).expr(e);
        return out;
    }

    /** Every name use in the statements, in order, except inside the values of the bindings skipValue picks. */
    static void uses(List<Stmt> stmts, Predicate<Stmt.Let> skipValue, Consumer<Expr.Var> sink) {
        new FreeLocals(sink, skipValue).stmts(stmts);
    }

    private void stmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            switch (s) {
                case Stmt.Let let -> {
                    if (!skipValue.test(let)) expr(let.value());
                }
                case Stmt.ExprStmt es -> expr(es.expr());
            }
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Var v -> sink.accept(v);
            case Expr.IntLit x -> {}
            case Expr.FloatLit x -> {}
            case Expr.CharLit x -> {}
            case Expr.BoolLit x -> {}
            case Expr.UnitLit x -> {}
            case Expr.CtorRef x -> {}
            case Expr.StringLit s -> s.parts().forEach(p -> {
                if (p instanceof Expr.Interpolation i) expr(i.expr());
            });
            case Expr.Call c -> {
                expr(c.callee());
                c.args().forEach(this::expr);
            }
            case Expr.Field f -> expr(f.target());
            case Expr.RecordLit r -> r.fields().forEach(f -> expr(f.value()));
            case Expr.RecordUpdate r -> {
                expr(r.target());
                r.fields().forEach(f -> expr(f.value()));
            }
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.Lambda l -> expr(l.body());
            case Expr.Paren p -> expr(p.inner());
            case Expr.Tuple t -> t.elements().forEach(this::expr);
            case Expr.ListLit l -> l.elements().forEach(this::expr);
            case Expr.Block b -> stmts(b.stmts());
            case Expr.If i -> {
                expr(i.cond());
                expr(i.then());
                i.orElse().ifPresent(this::expr);
            }
            case Expr.Match m -> {
                expr(m.scrutinee());
                m.arms().forEach(a -> {
                    a.guard().ifPresent(this::expr);
                    expr(a.body());
                });
            }
            case Expr.Receive r -> r.arms().forEach(a -> expr(a.body()));
        }
    }
}
