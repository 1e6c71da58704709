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
 * then builtins. Reports unknown names with near-match suggestions.
 */
public final class Resolver {
    private final Outline outline;
    private final Diagnostics diagnostics;
    private SourceFile file;
    private final Names names = new Names();
    private Symbol.TopLevel current;

    private Resolver(Outline outline, Diagnostics diagnostics) {
        this.outline = outline;
        this.diagnostics = diagnostics;
        this.file = outline.file();
        // Set per function: library functions report against their own file.
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
        file = f.file();
        for (Decl.FuncDef clause : f.clauses()) {
            Scope scope = new Scope(null, new HashMap<>());
            List<Symbol.Local> params = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Decl.Param p : clause.params()) {
                bindPattern(p.pattern(), scope, seen);
                params.add(p.pattern() instanceof Pattern.Binder b ? names.local(b) : null);
            }
            names.params(clause, params);
            expr(clause.body(), scope);
        }
    }

    /**
     * Binds a parameter or let pattern's names in scope. Returns the local of
     * a plain binder (a parameter that is just a name), else null.
     */
    private Symbol.Local binding(Pattern pattern, Scope scope, boolean isParam) {
        bindPattern(pattern, scope, new java.util.HashSet<>());
        return pattern instanceof Pattern.Binder b ? names.local(b) : null;
    }

    /** Binds every name a pattern introduces; a name bound twice in one pattern is an error. */
    private void bindPattern(Pattern pattern, Scope scope, java.util.Set<String> seen) {
        switch (pattern) {
            case Pattern.Binder b -> names.bind(b, declare(b.name().text(), b.span(), scope, seen));
            case Pattern.TypedBinder t -> names.bindOther(t, declare(t.name().text(), t.span(), scope, seen));
            case Pattern.Wildcard w -> {}
            case Pattern.Literal l -> {}
            case Pattern.Unit u -> {}
            case Pattern.Paren p -> bindPattern(p.inner(), scope, seen);
            case Pattern.Tuple t -> t.elements().forEach(e -> bindPattern(e, scope, seen));
            case Pattern.ListPat l -> {
                l.elements().forEach(e -> bindPattern(e, scope, seen));
                l.rest().ifPresent(r -> bindPattern(r, scope, seen));
            }
            case Pattern.Ctor c -> {
                if (outline.types().ctor(c.name().text()).isEmpty()) unknownCtor(c.name().text(), c.name().span());
                c.args().forEach(a -> bindPattern(a, scope, seen));
            }
            case Pattern.Record r -> {
                for (Pattern.FieldPat f : r.fields()) {
                    if (f.pattern().isPresent()) bindPattern(f.pattern().get(), scope, seen);
                    else names.bindOther(f, declare(f.field().text(), f.span(), scope, seen));
                }
            }
        }
    }

    private Symbol.Local declare(String name, Span span, Scope scope, java.util.Set<String> seen) {
        if (!seen.add(name)) {
            diagnostics.error(Code.E0104, file, span, "'" + name + "' is bound twice in the same pattern or parameter list");
        }
        Symbol.Local local = new Symbol.Local(name, span);
        scope.locals.put(name, local);
        return local;
    }

    private void unknownCtor(String name, Span span) {
        String hint = outline.types().all().values().stream()
                .flatMap(t -> t instanceof TypeDefs.VariantDef v ? v.ctors().stream().map(TypeDefs.CtorDef::name) : java.util.stream.Stream.empty())
                .filter(c -> EditDistance.between(c, name) <= Math.max(1, name.length() / 3)).findFirst()
                .map(c -> "; did you mean '" + c + "'?").orElse("");
        diagnostics.error(Code.E0101, file, span, "unknown constructor '" + name + "'" + hint);
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
            case Expr.CtorRef c -> {
                if (outline.types().ctor(c.name().text()).isEmpty()) unknownCtor(c.name().text(), c.span());
            }
            case Expr.Tuple t -> t.elements().forEach(x -> expr(x, scope));
            case Expr.ListLit l -> l.elements().forEach(x -> expr(x, scope));
            case Expr.Field f -> expr(f.target(), scope);
            case Expr.RecordLit r -> {
                var def = outline.types().type(r.type().text());
                if (def.isEmpty() || !(def.get() instanceof TypeDefs.RecordDef)) {
                    diagnostics.error(Code.E0106, file, r.type().span(), "'" + r.type().text() + "' is not a record type"
                            + (def.isEmpty() ? "; declare it, as in type " + r.type().text() + " = {x: Int}" : ""));
                }
                r.fields().forEach(fi -> expr(fi.value(), scope));
            }
            case Expr.RecordUpdate r -> {
                expr(r.target(), scope);
                r.fields().forEach(fi -> expr(fi.value(), scope));
            }
            case Expr.Lambda l -> {
                Scope inner = scope.child();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Expr.LambdaParam p : l.params()) {
                    if (p.name().isPresent()) names.bindOther(p, declare(p.name().get().text(), p.span(), inner, seen));
                }
                expr(l.body(), inner);
            }
            case Expr.Match m -> {
                expr(m.scrutinee(), scope);
                arms(m.arms(), scope);
            }
            case Expr.Receive r -> {
                arms(r.arms(), scope);
                r.after().ifPresent(a -> {
                    expr(a.timeout(), scope);
                    expr(a.body(), scope);
                });
            }
        }
    }

    /** The arms of a match or receive: each pattern's names are in scope in its guard and body. */
    private void arms(List<Expr.Arm> arms, Scope scope) {
        for (Expr.Arm arm : arms) {
            Scope inner = scope.child();
            bindPattern(arm.pattern(), inner, new java.util.HashSet<>());
            arm.guard().ifPresent(g -> expr(g, inner));
            expr(arm.body(), inner);
        }
    }

    private void var(Expr.Var v, Scope scope) {
        String name = v.name().text();
        Symbol.Local local = scope.lookup(name);
        if (local != null) {
            names.use(v, local);
            return;
        }
        Symbol.TopLevel top;
        if (current.library()) {
            top = outline.library().get(name);
        } else {
            ModuleScope module = outline.scope(current.module());
            top = module.own().get(name);
            if (top == null) {
                List<Symbol.TopLevel> imported = module.importedAs(name);
                if (imported.size() > 1) {
                    List<String> from = imported.stream().map(Symbol.TopLevel::module).toList();
                    diagnostics.error(Code.E0110, file, v.span(), "'" + name + "' is imported from "
                            + (from.size() == 2 ? "both module " + from.get(0) + " and module " + from.get(1)
                                    : "modules " + String.join(", ", from)) + "; import it from one of them only, or define "
                            + name + " in this module");
                    return;
                }
                top = imported.isEmpty() ? outline.library().get(name) : imported.get(0);
            }
        }
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
        String by = outline.withdrawn().get(name);
        if (by != null && !current.library()) {
            diagnostics.error(Code.E0101, file, v.span(), "unknown name '" + name + "': the standard library's '" + name
                    + "' uses a standard type that this program's type '" + by + "' shadows; rename '" + by
                    + "' to use it");
            return;
        }
        diagnostics.error(Code.E0101, file, v.span(), "unknown name '" + name + "'" + suggestion(name, scope));
    }

    private String suggestion(String name, Scope scope) {
        TreeSet<String> candidates = new TreeSet<>(outline.library().keySet());
        if (!current.library()) candidates.addAll(outline.scope(current.module()).names());
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
}
