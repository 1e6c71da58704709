package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a pattern against the type of the value it matches, giving its binders their types. */
final class PatternTyper {
    private final BodyTyper typer;
    private final TypeDefs types;
    private final Names names;

    PatternTyper(BodyTyper typer, TypeDefs types, Names names) {
        this.typer = typer;
        this.types = types;
        this.names = names;
    }

    void check(Pattern pattern, Type expected) {
        typer.recordPattern(pattern, expected);
        switch (pattern) {
            case Pattern.Wildcard w -> {}
            case Pattern.Binder b -> bind(names.local(b), expected);
            case Pattern.TypedBinder t -> bind(names.local(t), expected);
            case Pattern.Paren p -> check(p.inner(), expected);
            case Pattern.Unit u -> typer.expect(expected, Types.UNIT, u.span(), "the pattern ()");
            case Pattern.Literal l -> literal(l, expected);
            case Pattern.Tuple t -> {
                List<Type> elements = t.elements().stream().map(e -> (Type) new TVar(typer.level())).toList();
                if (typer.expect(expected, Types.tuple(elements), t.span(), "a tuple pattern")) {
                    for (int i = 0; i < elements.size(); i++) check(t.elements().get(i), elements.get(i));
                }
            }
            case Pattern.ListPat l -> {
                TVar element = new TVar(typer.level());
                Type list = Types.list(element);
                typer.expect(expected, list, l.span(), "a list pattern");
                l.elements().forEach(e -> check(e, element));
                l.rest().ifPresent(r -> check(r, list));
            }
            case Pattern.Ctor c -> ctor(c, expected);
            case Pattern.Record r -> record(r, expected);
        }
    }

    private void bind(Symbol.Local local, Type type) {
        if (local != null) typer.localTypes().put(local, type);
    }

    private void literal(Pattern.Literal l, Type expected) {
        Type t = switch (l.literal()) {
            case Expr.IntLit i -> Types.INT;
            case Expr.FloatLit f -> Types.FLOAT;
            case Expr.CharLit c -> Types.CHAR;
            case Expr.BoolLit b -> Types.BOOL;
            case Expr.StringLit s -> {
                if (s.parts().stream().anyMatch(p -> p instanceof Expr.Interpolation)) {
                    typer.diagnostics().error(Code.E0201, typer.file(), s.span(),
                            "a string pattern cannot interpolate; match the string as it is written");
                }
                yield Types.STRING;
            }
            default -> Types.ERROR;
        };
        typer.expect(expected, t, l.span(), "a literal pattern");
    }

    private void ctor(Pattern.Ctor c, Type expected) {
        var def = types.ctor(c.name().text());
        if (def.isEmpty()) return; // reported by the resolver
        TypeDefs.CtorDef ctor = def.get();
        TypeDefs.TypeDef owner = types.type(ctor.owner()).orElseThrow();
        Map<TVar, Type> instance = TypeDefs.instantiate(owner, typer.level());
        if (!typer.expect(expected, TypeDefs.applied(owner, instance), c.span(), "the pattern " + ctor.name())) return;
        if (c.args().size() != ctor.fields().size()) {
            typer.diagnostics().error(Code.E0202, typer.file(), c.span(), "constructor " + ctor.name() + " has "
                    + ctor.fields().size() + (ctor.fields().size() == 1 ? " field" : " fields") + ", but the pattern gives "
                    + c.args().size());
            return;
        }
        for (int i = 0; i < c.args().size(); i++) check(c.args().get(i), Substitution.apply(ctor.fields().get(i), instance));
    }

    private void record(Pattern.Record r, Type expected) {
        TypeDefs.RecordDef def = recordType(r, expected);
        if (def == null) return;
        Map<TVar, Type> instance = TypeDefs.instantiate(def, typer.level());
        if (!typer.expect(expected, TypeDefs.applied(def, instance), r.span(), "a record pattern")) return;
        Set<String> given = new HashSet<>();
        for (Pattern.FieldPat f : r.fields()) {
            var field = def.field(f.field().text());
            if (field.isEmpty()) {
                typer.diagnostics().error(Code.E0209, typer.file(), f.field().span(), "record " + def.name()
                        + " has no field '" + f.field().text() + "'");
                continue;
            }
            if (!given.add(f.field().text())) {
                // Exhaustiveness and the decision trees would each read only one of the two.
                typer.diagnostics().error(Code.E0211, typer.file(), f.field().span(), "field '" + f.field().text()
                        + "' is given twice in the pattern");
                continue;
            }
            Type ft = Substitution.apply(field.get().type(), instance);
            if (f.pattern().isPresent()) check(f.pattern().get(), ft);
            else bind(names.local(f), ft);
        }
    }

    /** The record type a pattern matches: named, known from the expected type, or the only one with its fields. */
    private TypeDefs.RecordDef recordType(Pattern.Record r, Type expected) {
        if (r.type().isPresent()) {
            var def = types.type(r.type().get().text());
            if (def.isPresent() && def.get() instanceof TypeDefs.RecordDef rd) return rd;
            typer.diagnostics().error(Code.E0106, typer.file(), r.type().get().span(), "'" + r.type().get().text()
                    + "' is not a record type");
            return null;
        }
        if (expected.resolve() instanceof Type.Con c && types.type(c.name()).orElse(null) instanceof TypeDefs.RecordDef rd) {
            return rd;
        }
        if (!r.fields().isEmpty()) {
            List<TypeDefs.RecordDef> candidates = types.recordsWithField(r.fields().get(0).field().text());
            if (candidates.size() == 1) return candidates.get(0);
        }
        typer.diagnostics().error(Code.E0210, typer.file(), r.span(),
                "cannot tell which record type this pattern matches; write its name, as in Point{x, y}");
        return null;
    }
}
