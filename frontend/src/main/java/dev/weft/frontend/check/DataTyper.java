package dev.weft.frontend.check;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.TypePrinter;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typing of data: tuples, lists, constructors, records, field access and update, lambdas and match. */
final class DataTyper {
    private final BodyTyper typer;
    private final TypeDefs types;
    private final Names names;
    private final PatternTyper patterns;

    DataTyper(BodyTyper typer, TypeDefs types, Names names) {
        this.typer = typer;
        this.types = types;
        this.names = names;
        this.patterns = new PatternTyper(typer, types, names);
    }

    PatternTyper patterns() { return patterns; }

    Type tuple(Expr.Tuple t) {
        List<Type> elements = new ArrayList<>();
        for (Expr e : t.elements()) elements.add(typer.infer(e));
        return Types.tuple(elements);
    }

    Type list(Expr.ListLit l) {
        Type element = new TVar(typer.level());
        for (Expr e : l.elements()) typer.check(e, element, "a list element (the elements of a list have one type)");
        return Types.list(element);
    }

    /** A constructor as a value: a function from its fields, or the value itself when it has none. */
    Type ctor(Expr.CtorRef c) {
        var def = types.ctor(c.name().text());
        if (def.isEmpty()) return Types.ERROR;
        TypeDefs.CtorDef ctor = def.get();
        TypeDefs.TypeDef owner = types.type(ctor.owner()).orElseThrow();
        Map<TVar, Type> instance = TypeDefs.instantiate(owner, typer.level());
        Type result = TypeDefs.applied(owner, instance);
        if (ctor.fields().isEmpty()) return result;
        return new Type.Fun(ctor.fields().stream().map(f -> Substitution.apply(f, instance)).toList(), result);
    }

    Type recordLit(Expr.RecordLit r) {
        var def = types.type(r.type().text());
        if (def.isEmpty() || !(def.get() instanceof TypeDefs.RecordDef record)) {
            r.fields().forEach(f -> typer.infer(f.value()));
            return Types.ERROR;
        }
        Map<TVar, Type> instance = TypeDefs.instantiate(record, typer.level());
        Set<String> given = new HashSet<>();
        for (Expr.FieldInit f : r.fields()) {
            var field = record.field(f.field().text());
            if (field.isEmpty()) {
                noField(record, f.field().text(), f);
                typer.infer(f.value());
            } else if (!given.add(f.field().text())) {
                typer.diagnostics().error(Code.E0211, typer.file(), f.field().span(), "field '" + f.field().text()
                        + "' is given twice");
            } else {
                typer.check(f.value(), Substitution.apply(field.get().type(), instance), "field " + f.field().text());
            }
        }
        List<String> missing = record.fields().stream().map(TypeDefs.FieldDef::name).filter(n -> !given.contains(n)).toList();
        if (!missing.isEmpty()) {
            typer.diagnostics().error(Code.E0211, typer.file(), r.type().span(), record.name() + " needs "
                    + (missing.size() == 1 ? "field " : "fields ") + String.join(", ", missing));
        }
        return TypeDefs.applied(record, instance);
    }

    Type field(Expr.Field f) {
        Type target = typer.infer(f.target());
        String name = f.field().text();
        TypeDefs.RecordDef record = recordOf(target, name, f);
        if (record == null) return Types.ERROR;
        Map<TVar, Type> instance = TypeDefs.instantiate(record, typer.level());
        if (!typer.expect(TypeDefs.applied(record, instance), target, f.target().span(), "field access ." + name)) {
            return Types.ERROR;
        }
        var field = record.field(name);
        if (field.isEmpty()) {
            noField(record, name, f);
            return Types.ERROR;
        }
        return Substitution.apply(field.get().type(), instance);
    }

    Type recordUpdate(Expr.RecordUpdate u) {
        Type target = typer.infer(u.target());
        if (u.fields().isEmpty()) return target;
        TypeDefs.RecordDef record = recordOf(target, u.fields().get(0).field().text(), u);
        if (record == null) {
            u.fields().forEach(f -> typer.infer(f.value()));
            return Types.ERROR;
        }
        Map<TVar, Type> instance = TypeDefs.instantiate(record, typer.level());
        Type type = TypeDefs.applied(record, instance);
        typer.expect(type, target, u.target().span(), "a record update");
        Set<String> given = new HashSet<>();
        for (Expr.FieldInit f : u.fields()) {
            var field = record.field(f.field().text());
            if (field.isEmpty()) {
                noField(record, f.field().text(), f);
                typer.infer(f.value());
            } else if (!given.add(f.field().text())) {
                typer.diagnostics().error(Code.E0211, typer.file(), f.field().span(), "field '" + f.field().text()
                        + "' is given twice");
                typer.infer(f.value());
            } else {
                typer.check(f.value(), Substitution.apply(field.get().type(), instance), "field " + f.field().text());
            }
        }
        return type;
    }

    /**
     * The record type of a field access: the target's type when already known
     * (inference runs left to right), else the one record type with that field.
     */
    private TypeDefs.RecordDef recordOf(Type target, String field, Expr where) {
        Type t = target.resolve();
        if (t == Types.ERROR) return null;
        if (t instanceof Type.Con c) {
            if (types.type(c.name()).orElse(null) instanceof TypeDefs.RecordDef rd) return rd;
            typer.diagnostics().error(Code.E0209, typer.file(), where.span(), "values of type " + TypePrinter.print(t)
                    + " have no fields; ." + field + " needs a record");
            return null;
        }
        List<TypeDefs.RecordDef> candidates = types.recordsWithField(field);
        if (candidates.size() == 1) return candidates.get(0);
        if (candidates.isEmpty()) {
            typer.diagnostics().error(Code.E0209, typer.file(), where.span(), "no record type has a field '" + field + "'");
        } else {
            typer.diagnostics().error(Code.E0210, typer.file(), where.span(), "field '" + field + "' belongs to "
                    + candidates.stream().map(TypeDefs.RecordDef::name).toList()
                    + " and the type here is not known yet; annotate it, as in (p: " + candidates.get(0).name() + ")");
        }
        return null;
    }

    private void noField(TypeDefs.RecordDef record, String name, Object where) {
        var span = where instanceof Expr.FieldInit fi ? fi.field().span() : ((Expr) where).span();
        typer.diagnostics().error(Code.E0209, typer.file(), span, "record " + record.name() + " has no field '" + name
                + "'; its fields are " + record.fields().stream().map(TypeDefs.FieldDef::name).toList());
    }

    Type lambda(Expr.Lambda l) {
        Map<String, TVar> variables = new HashMap<>();
        TypeResolver resolver = new TypeResolver(typer.file(), typer.diagnostics(), variables, typer.level(), types.arities());
        List<Type> params = new ArrayList<>();
        for (Expr.LambdaParam p : l.params()) {
            Type t = p.type().isPresent() ? resolver.resolve(p.type().get()) : new TVar(typer.level());
            params.add(t);
            Symbol.Local local = names.local(p);
            if (local != null) typer.localTypes().put(local, t);
        }
        return new Type.Fun(params, typer.infer(l.body()));
    }

    Type match(Expr.Match m) {
        Type scrutinee = typer.infer(m.scrutinee());
        Type result = new TVar(typer.level());
        for (Expr.Arm arm : m.arms()) {
            patterns.check(arm.pattern(), scrutinee);
            arm.guard().ifPresent(g -> typer.check(g, Types.BOOL, "a guard"));
            typer.check(arm.body(), result, "a match arm (the arms of a match have one type)");
        }
        typer.deferMatch(m, scrutinee);
        return result;
    }
}
