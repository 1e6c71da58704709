package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Resolves every name in every body to a {@link Symbol}: locals (innermost
 * first, later bindings shadowing earlier ones), then top-level definitions,
 * then builtins. Reports unknown names with near-match suggestions, and the
 * constructs this compiler does not handle yet.
 */
public final class Resolver {
    private final Outline outline;
    private final Diagnostics diagnostics;
    private final SourceFile file;
    private final Names names = new Names();
    private Symbol.TopLevel current;

    private Resolver(Outline outline, Diagnostics diagnostics) {
        this.outline = outline;
        this.diagnostics = diagnostics;
        this.file = outline.file();
    }

    public static Names resolve(Outline outline, Diagnostics diagnostics) {
        Resolver r = new Resolver(outline, diagnostics);
        for (Symbol.TopLevel f : outline.all()) r.function(f);
        return r.names;
    }

    /** A scope: a chain of maps from name to local. */
    private record Scope(Scope parent, Map<String, Symbol.Local> locals) {
        Scope child() { return new Scope(this, new HashMap<>()); }

        Symbol.Local lookup(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                Symbol.Local l = s.locals.get(name);
                if (l != null) return l;
            }
            return null;
        }
    }

    private void function(Symbol.TopLevel f) {
        current = f;
        Scope scope = new Scope(null, new HashMap<>());
        List<Symbol.Local> params = new ArrayList<>();
        for (Decl.Param p : f.def().params()) {
            Symbol.Local local = binding(p.pattern(), scope, true);
            params.add(local);
        }
        names.params(f.def(), params);
        expr(f.def().body(), scope);
    }

    /**
     * Binds a parameter or let pattern in scope. Returns its local, or null for {@code _}.
     * Only plain binders and wildcards are supported so far.
     */
    private Symbol.Local binding(Pattern pattern, Scope scope, boolean isParam) {
        switch (pattern) {
            case Pattern.Binder b -> {
                if (isParam && scope.locals.containsKey(b.name().text())) {
                    diagnostics.error(Code.E0104, file, b.span(), "parameter '" + b.name().text() + "' is declared twice");
                }
                Symbol.Local local = new Symbol.Local(b.name().text(), b.span());
                scope.locals.put(b.name().text(), local);
                names.bind(b, local);
                return local;
            }
            case Pattern.Wildcard w -> {
                return null;
            }
            default -> {
                unsupported(pattern.span(), "patterns other than a name or _ in " + (isParam ? "parameters" : "bindings"));
                return null;
            }
        }
    }

    private void expr(Expr e, Scope scope) {
        switch (e) {
            case Expr.IntLit i -> {}
            case Expr.BoolLit b -> {}
            case Expr.UnitLit u -> {}
            case Expr.StringLit s -> {
                for (Expr.StringPart part : s.parts()) {
                    if (part instanceof Expr.Interpolation i) expr(i.expr(), scope);
                }
            }
            case Expr.Var v -> var(v, scope);
            case Expr.Call c -> {
                expr(c.callee(), scope);
                c.args().forEach(a -> expr(a, scope));
            }
            case Expr.Unary u -> expr(u.operand(), scope);
            case Expr.Binary b -> {
                expr(b.left(), scope);
                expr(b.right(), scope);
            }
            case Expr.Paren p -> expr(p.inner(), scope);
            case Expr.Block b -> {
                Scope inner = scope.child();
                for (Stmt s : b.stmts()) {
                    switch (s) {
                        case Stmt.ExprStmt es -> expr(es.expr(), inner);
                        case Stmt.Let let -> {
                            // The value is resolved before its binder is in scope: x = x + 1 refers to the outer x.
                            expr(let.value(), inner);
                            inner = inner.child();
                            binding(let.pattern(), inner, false);
                        }
                    }
                }
            }
            case Expr.If i -> {
                expr(i.cond(), scope);
                expr(i.then(), scope);
                i.orElse().ifPresent(x -> expr(x, scope));
            }
            case Expr.FloatLit f -> {}
            case Expr.CharLit c -> {}
            case Expr.CtorRef c -> unsupported(c.span(), "constructors");
            case Expr.Field f -> unsupported(f.span(), "records");
            case Expr.RecordLit r -> unsupported(r.span(), "records");
            case Expr.RecordUpdate r -> unsupported(r.span(), "records");
            case Expr.Lambda l -> unsupported(l.span(), "lambdas");
            case Expr.Tuple t -> unsupported(t.span(), "tuples");
            case Expr.ListLit l -> unsupported(l.span(), "lists");
            case Expr.Match m -> unsupported(m.span(), "match");
            case Expr.Receive r -> unsupported(r.span(), "receive");
        }
    }

    private void var(Expr.Var v, Scope scope) {
        String name = v.name().text();
        Symbol.Local local = scope.lookup(name);
        if (local != null) {
            names.use(v, local);
            return;
        }
        Symbol.TopLevel top = outline.functions().get(name);
        if (top != null) {
            names.use(v, top);
            names.reference(current, top);
            return;
        }
        var builtin = Builtin.named(name);
        if (builtin.isPresent()) {
            names.use(v, builtin.get());
            return;
        }
        diagnostics.error(Code.E0101, file, v.span(), "unknown name '" + name + "'" + suggestion(name, scope));
    }

    private String suggestion(String name, Scope scope) {
        TreeSet<String> candidates = new TreeSet<>(outline.functions().keySet());
        for (Scope s = scope; s != null; s = s.parent()) candidates.addAll(s.locals().keySet());
        for (Builtin b : Builtin.values()) candidates.add(b.displayName());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = EditDistance.between(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, name.length() / 3);
        return best != null && bestDistance <= allowed ? "; did you mean '" + best + "'?" : "";
    }

    private void unsupported(Span span, String what) {
        diagnostics.error(Code.E0901, file, span, what + " " + (what.endsWith("s") ? "are" : "is")
                + " not supported yet; this version compiles Int, Float, Bool, Char, String and Unit programs (see docs/language.md)");
    }
}
