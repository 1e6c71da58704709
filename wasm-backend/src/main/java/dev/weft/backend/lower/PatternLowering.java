package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.Bind;
import dev.weft.backend.core.CoreExpr.Path;
import dev.weft.backend.core.CoreExpr.Test;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypeDefs;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.types.Type;
import java.util.List;

/**
 * A pattern to the tests and bindings of a match arm: each sub-pattern sits at
 * a path of slot loads from the scrutinee (decisions/0006). DecisionTrees
 * turns the arms' tests into a decision tree.
 */
final class PatternLowering {
    /** What the pattern lowering needs from the function being lowered. */
    interface Context {
        Type typeOf(Pattern p);

        Rep rep(Type t, Pattern where);

        TypeDefs types();

        /** A new core variable for a binder, remembered for its uses. */
        CoreVar bind(Symbol.Local local, Rep rep);

        /** The local of a binder or typed binder. */
        Symbol.Local local(Pattern p);

        /** The local a field pattern without a sub-pattern binds ({@code {x}}). */
        Symbol.Local fieldLocal(Pattern.FieldPat f);
    }

    private final Context cx;

    PatternLowering(Context cx) { this.cx = cx; }

    void lower(Pattern p, Path path, List<Test> tests, List<Bind> binds) {
        switch (p) {
            case Pattern.Wildcard w -> {}
            case Pattern.Unit u -> {}
            case Pattern.Paren x -> lower(x.inner(), path, tests, binds);
            case Pattern.Binder b -> binds.add(new Bind(cx.bind(cx.local(b), cx.rep(cx.typeOf(b), b)), path));
            case Pattern.TypedBinder t -> binds.add(new Bind(cx.bind(cx.local(t), cx.rep(cx.typeOf(t), t)), path));
            case Pattern.Literal l -> tests.add(literal(l, path));
            case Pattern.Tuple t -> {
                for (int i = 0; i < t.elements().size(); i++) {
                    Pattern e = t.elements().get(i);
                    lower(e, path.then(i, cx.rep(cx.typeOf(e), e)), tests, binds);
                }
            }
            case Pattern.Ctor c -> {
                TypeDefs.CtorDef ctor = cx.types().ctor(c.name().text()).orElseThrow();
                var owner = (TypeDefs.VariantDef) cx.types().type(ctor.owner()).orElseThrow();
                int tags = owner.ctors().size();
                if (tags > 1) tests.add(new CoreExpr.TagIs(path, ctor.tag(), tags));
                for (int i = 0; i < c.args().size(); i++) {
                    Pattern a = c.args().get(i);
                    lower(a, path.then(i, cx.rep(cx.typeOf(a), a)), tests, binds);
                }
            }
            case Pattern.ListPat l -> {
                Path at = path;
                for (Pattern e : l.elements()) {
                    tests.add(new CoreExpr.NullIs(at, false));
                    lower(e, at.then(0, cx.rep(cx.typeOf(e), e)), tests, binds);
                    at = at.then(1, Rep.REF);
                }
                if (l.rest().isPresent()) lower(l.rest().get(), at, tests, binds);
                else tests.add(new CoreExpr.NullIs(at, true));
            }
            case Pattern.Record r -> {
                var record = (TypeDefs.RecordDef) cx.types().type(((Type.Con) cx.typeOf(r).resolve()).name()).orElseThrow();
                for (Pattern.FieldPat f : r.fields()) {
                    int slot = record.field(f.field().text()).orElseThrow().index();
                    if (f.pattern().isPresent()) {
                        Pattern sub = f.pattern().get();
                        lower(sub, path.then(slot, cx.rep(cx.typeOf(sub), sub)), tests, binds);
                    } else {
                        Symbol.Local local = cx.fieldLocal(f);
                        Type t = cx.typeOf(r);
                        Rep rep = cx.rep(fieldType(record, f.field().text(), t), r);
                        binds.add(new Bind(cx.bind(local, rep), path.then(slot, rep)));
                    }
                }
            }
        }
    }

    private static Type fieldType(TypeDefs.RecordDef record, String field, Type recordType) {
        var args = ((Type.Con) recordType.resolve()).args();
        var map = new java.util.HashMap<dev.weft.frontend.types.TVar, Type>();
        for (int i = 0; i < record.params().size(); i++) map.put(record.params().get(i), args.get(i));
        return dev.weft.frontend.types.Substitution.apply(record.field(field).orElseThrow().type(), map);
    }

    private static Test literal(Pattern.Literal l, Path path) {
        return switch (l.literal()) {
            case Expr.IntLit i -> new CoreExpr.IntIs(path, l.negated() ? -i.value() : i.value());
            case Expr.FloatLit f -> new CoreExpr.FloatIs(path, l.negated() ? -f.value() : f.value());
            case Expr.CharLit c -> new CoreExpr.I32Is(path, c.codePoint());
            case Expr.BoolLit b -> new CoreExpr.BoolIs(path, b.value());
            case Expr.StringLit s -> new CoreExpr.StringIs(path, s.parts().stream()
                    .map(x -> x instanceof Expr.Text t ? t.value() : "").reduce("", String::concat));
            default -> throw new IllegalStateException("not a literal pattern: " + l);
        };
    }
}
