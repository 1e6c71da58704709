package dev.weft.backend.core;

/** Prints core IR as indented S-expressions, for tests and {@code weft build --emit core}. */
public final class CorePrinter {
    private final StringBuilder out = new StringBuilder();

    private CorePrinter() {}

    public static String print(CoreProgram program) {
        CorePrinter p = new CorePrinter();
        for (CoreFunction f : program.functions()) p.function(f);
        return p.out.toString();
    }

    public static String print(CoreFunction f) {
        CorePrinter p = new CorePrinter();
        p.function(f);
        return p.out.toString();
    }

    /** A match's decision tree alone, as inside {@code (match ...)}. */
    public static String print(Decision tree) {
        CorePrinter p = new CorePrinter();
        p.decision(tree, 0);
        return p.out.substring(1);
    }

    private void function(CoreFunction f) {
        out.append("(fn ").append(f.name()).append(" (");
        for (int i = 0; i < f.params().size(); i++) {
            if (i > 0) out.append(' ');
            CoreVar v = f.params().get(i);
            out.append(v.name()).append(':').append(v.rep()).append(v.inFrame() ? "@frame" : "");
        }
        out.append(") ").append(f.result());
        expr(f.body(), 1);
        out.append(")\n");
    }

    private void expr(CoreExpr e, int depth) {
        out.append('\n').append("  ".repeat(depth));
        switch (e) {
            case CoreExpr.IntConst c -> out.append(c.value());
            case CoreExpr.FloatConst c -> out.append(c.value());
            // Also the core IR's i32 literal (tags, a receive's arm index -1): a number when it is no code point.
            case CoreExpr.CharConst c -> {
                if (Character.isValidCodePoint(c.codePoint())) out.append("'").appendCodePoint(c.codePoint()).append("'");
                else out.append(c.codePoint());
            }
            case CoreExpr.BoolConst c -> out.append(c.value());
            case CoreExpr.StrConst c -> out.append(quoted(c.value()));
            case CoreExpr.UnitConst c -> out.append("()");
            case CoreExpr.Get g -> out.append(g.var().name());
            case CoreExpr.Let l -> {
                // @frame: a root, kept in the shadow-stack frame (backend/pass/Roots).
                out.append("(let ").append(l.var().name()).append(':').append(l.var().rep())
                        .append(l.var().inFrame() ? "@frame" : "");
                expr(l.value(), depth + 1);
                expr(l.body(), depth + 1);
                out.append(')');
            }
            case CoreExpr.Seq s -> {
                out.append("(seq");
                for (CoreExpr x : s.effects()) expr(x, depth + 1);
                expr(s.result(), depth + 1);
                out.append(')');
            }
            case CoreExpr.If i -> {
                out.append("(if ").append(i.rep());
                expr(i.cond(), depth + 1);
                expr(i.then(), depth + 1);
                expr(i.orElse(), depth + 1);
                out.append(')');
            }
            case CoreExpr.Call c -> {
                out.append("(call ").append(c.function().name());
                c.args().forEach(a -> expr(a, depth + 1));
                out.append(')');
            }
            case CoreExpr.SelfTailCall t -> {
                out.append("(self-tail-call");
                t.args().forEach(a -> expr(a, depth + 1));
                out.append(')');
            }
            case CoreExpr.Alloc a -> {
                out.append("(alloc ").append(a.tag());
                a.fields().forEach(f -> expr(f, depth + 1));
                out.append(')');
            }
            case CoreExpr.StaticObject o -> out.append("(static ").append(o.tag()).append(')');
            case CoreExpr.Null n -> out.append("null");
            case CoreExpr.Load l -> {
                out.append("(load ").append(l.slot()).append(' ').append(l.rep());
                expr(l.object(), depth + 1);
                out.append(')');
            }
            case CoreExpr.Match m -> {
                out.append("(match ").append(m.scrutinees().stream().map(CoreVar::name).toList()).append(' ').append(m.rep());
                decision(m.tree(), depth + 1);
                for (int i = 0; i < m.bodies().size(); i++) {
                    out.append('\n').append("  ".repeat(depth + 1)).append("(arm ").append(i);
                    expr(m.bodies().get(i), depth + 2);
                    out.append(')');
                }
                out.append(')');
            }
            case CoreExpr.MakeClosure c -> {
                out.append("(closure ").append(c.code().name());
                c.captured().forEach(x -> expr(x, depth + 1));
                out.append(')');
            }
            case CoreExpr.Lambda l -> {
                out.append("(lambda ").append(l.name()).append(" (");
                for (int i = 0; i < l.params().size(); i++) {
                    if (i > 0) out.append(' ');
                    out.append(l.params().get(i).name()).append(':').append(l.params().get(i).rep());
                }
                out.append(") ").append(l.result());
                expr(l.body(), depth + 1);
                out.append(')');
            }
            case CoreExpr.CallClosure c -> {
                out.append("(call-closure");
                expr(c.closure(), depth + 1);
                c.args().forEach(a -> expr(a, depth + 1));
                out.append(')');
            }
            case CoreExpr.Prim p -> {
                out.append('(').append(p.op().name().toLowerCase());
                if (p.position() != null) out.append(" @").append(p.position());
                p.args().forEach(a -> expr(a, depth + 1));
                out.append(')');
            }
        }
    }

    /**
     * A decision tree: {@code (switch PATH (case KEY TREE)... (else TREE))}, the
     * else left out when the cases cover every value; {@code (leaf ARM (bind
     * VAR PATH)... (guard EXPR) (else TREE))}; {@code fail}.
     */
    private void decision(Decision d, int depth) {
        out.append('\n').append("  ".repeat(depth));
        switch (d) {
            case Decision.Switch s -> {
                out.append("(switch ").append(s.path());
                for (Decision.Case c : s.cases()) {
                    out.append('\n').append("  ".repeat(depth + 1)).append("(case ").append(key(c.key()));
                    decision(c.then(), depth + 2);
                    out.append(')');
                }
                if (!(s.otherwise() instanceof Decision.Fail)) {
                    out.append('\n').append("  ".repeat(depth + 1)).append("(else");
                    decision(s.otherwise(), depth + 2);
                    out.append(')');
                }
                out.append(')');
            }
            case Decision.Leaf l -> {
                out.append("(leaf ").append(l.arm());
                for (CoreExpr.Bind b : l.binds()) out.append(" (bind ").append(b.var().name()).append(' ').append(b.path()).append(')');
                if (l.guard() != null) {
                    out.append('\n').append("  ".repeat(depth + 1)).append("(guard");
                    expr(l.guard(), depth + 2);
                    out.append(')');
                    out.append('\n').append("  ".repeat(depth + 1)).append("(else");
                    decision(l.guardFailed(), depth + 2);
                    out.append(')');
                }
                out.append(')');
            }
            case Decision.Fail f -> out.append("fail");
        }
    }

    /** A switch case's test, without the path the switch already names. */
    private static String key(CoreExpr.Test t) {
        return switch (t) {
            case CoreExpr.TagIs x -> "tag " + x.tag();
            case CoreExpr.NullIs x -> x.isNull() ? "null" : "cons";
            case CoreExpr.IntIs x -> String.valueOf(x.value());
            case CoreExpr.FloatIs x -> String.valueOf(x.value());
            case CoreExpr.I32Is x -> "'" + switch (x.value()) {
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                case '\'' -> "\\'";
                default -> Character.toString(x.value());
            } + "'";
            case CoreExpr.BoolIs x -> String.valueOf(x.value());
            case CoreExpr.StringIs x -> quoted(x.value());
        };
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
