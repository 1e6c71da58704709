package dev.weft.matrix.internal.reduce;

import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The expressions of a file's function bodies in pre-order (an expression
 * before the ones inside it, so that the reducer tries the big replacements
 * first), with each expression's direct subexpressions. The syntax trees are
 * only read.
 */
final class SyntaxWalk {
    final List<Expr> preorder = new ArrayList<>();

    static SyntaxWalk of(CompilationUnit unit) {
        return of(unit.decls().stream().filter(d -> d instanceof Decl.FuncDef).map(d -> (Decl.FuncDef) d).toList());
    }

    static SyntaxWalk of(List<Decl.FuncDef> defs) {
        SyntaxWalk w = new SyntaxWalk();
        for (Decl.FuncDef f : defs) w.visit(f.body());
        return w;
    }

    private void visit(Expr e) {
        preorder.add(e);
        for (Expr c : children(e)) visit(c);
    }

    /** The expressions directly inside e, in source order. */
    static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        switch (e) {
            case Expr.Call c -> {
                out.add(c.callee());
                out.addAll(c.args());
            }
            case Expr.Field f -> out.add(f.target());
            case Expr.RecordLit r -> r.fields().forEach(f -> out.add(f.value()));
            case Expr.RecordUpdate u -> {
                out.add(u.target());
                u.fields().forEach(f -> out.add(f.value()));
            }
            case Expr.Unary u -> out.add(u.operand());
            case Expr.Binary b -> {
                out.add(b.left());
                out.add(b.right());
            }
            case Expr.Lambda l -> out.add(l.body());
            case Expr.Paren p -> out.add(p.inner());
            case Expr.Tuple t -> out.addAll(t.elements());
            case Expr.ListLit l -> out.addAll(l.elements());
            case Expr.Block b -> {
                for (Stmt s : b.stmts()) {
                    switch (s) {
                        case Stmt.Let let -> out.add(let.value());
                        case Stmt.ExprStmt x -> out.add(x.expr());
                    }
                }
            }
            case Expr.If i -> {
                out.add(i.cond());
                out.add(i.then());
                i.orElse().ifPresent(out::add);
            }
            case Expr.Match m -> {
                out.add(m.scrutinee());
                for (Expr.Arm a : m.arms()) {
                    a.guard().ifPresent(out::add);
                    out.add(a.body());
                }
            }
            case Expr.Receive r -> {
                for (Expr.Arm a : r.arms()) {
                    a.guard().ifPresent(out::add);
                    out.add(a.body());
                }
                r.after().ifPresent(a -> {
                    out.add(a.timeout());
                    out.add(a.body());
                });
            }
            case Expr.StringLit s -> {
                for (Expr.StringPart p : s.parts()) {
                    if (p instanceof Expr.Interpolation i) out.add(i.expr());
                }
            }
            case Expr.IntLit x -> { }
            case Expr.FloatLit x -> { }
            case Expr.CharLit x -> { }
            case Expr.BoolLit x -> { }
            case Expr.UnitLit x -> { }
            case Expr.Var x -> { }
            case Expr.CtorRef x -> { }
        }
        return out;
    }

    /** The value a block or branch gives: what replacing it by a part can keep. */
    static List<Expr> parts(Expr e) {
        List<Expr> direct = children(e);
        if (e instanceof Expr.Block b) {
            return b.stmts().isEmpty() || !(b.stmts().get(b.stmts().size() - 1) instanceof Stmt.ExprStmt last)
                    ? List.of() : List.of(last.expr());
        }
        if (e instanceof Expr.Call c) return direct.subList(1, direct.size()); // never the function itself
        List<Expr> out = new ArrayList<>(direct);
        for (Expr c : direct) {
            if (!(c instanceof Expr.Block || c instanceof Expr.Paren)) continue;
            out.addAll(parts(c));
        }
        return out;
    }
}
