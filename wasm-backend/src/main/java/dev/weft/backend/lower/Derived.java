package dev.weft.backend.lower;

import dev.weft.backend.core.CoreExpr;
import dev.weft.backend.core.CoreExpr.BoolConst;
import dev.weft.backend.core.CoreExpr.Call;
import dev.weft.backend.core.CoreExpr.Get;
import dev.weft.backend.core.CoreExpr.If;
import dev.weft.backend.core.CoreExpr.IntConst;
import dev.weft.backend.core.CoreExpr.Load;
import dev.weft.backend.core.CoreExpr.Prim;
import dev.weft.backend.core.CoreExpr.StrConst;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreVar;
import dev.weft.backend.core.PrimOp;
import dev.weft.backend.core.Rep;
import dev.weft.frontend.check.TypeDefs;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The functions the language derives for every non-function type, generated
 * per concrete type as core IR: {@code show}, structural {@code ==} and the
 * ordering behind {@code < <= > >=} (Int -1/0/1; variants by constructor
 * order, then fields; lists and tuples lexicographically), and list {@code ++}.
 */
final class Derived {
    private final TypeDefs types;
    private final String module;
    private final List<CoreFunction> out;
    private final Map<String, CoreFunction> made = new HashMap<>();

    Derived(TypeDefs types, String module, List<CoreFunction> out) {
        this.types = types;
        this.module = module;
        this.out = out;
    }

    // ---- uses ----

    CoreExpr show(CoreExpr value, Type t) {
        Type r = t.resolve();
        if (Types.is(r, Types.INT)) return prim(PrimOp.SHOW_INT, Rep.REF, value);
        if (Types.is(r, Types.FLOAT)) return prim(PrimOp.SHOW_FLOAT, Rep.REF, value);
        if (Types.is(r, Types.BOOL)) return prim(PrimOp.SHOW_BOOL, Rep.REF, value);
        if (Types.is(r, Types.CHAR)) return prim(PrimOp.SHOW_CHAR, Rep.REF, value);
        if (Types.is(r, Types.STRING)) return prim(PrimOp.SHOW_STRING, Rep.REF, value);
        if (Types.is(r, Types.UNIT)) return prim(PrimOp.SHOW_UNIT, Rep.REF, value);
        if (Types.is(r, Types.PID)) {
            // <pid N>
            CoreExpr n = prim(PrimOp.SHOW_INT, Rep.REF, prim(PrimOp.U32_TO_INT, Rep.I64, value));
            return prim(PrimOp.STR_CONCAT, Rep.REF, prim(PrimOp.STR_CONCAT, Rep.REF, new CoreExpr.StrConst("<pid "), n),
                    new CoreExpr.StrConst(">"));
        }
        return new Call(function("show", t, List.of(Rep.REF), Rep.REF, this::showBody), List.of(value));
    }

    CoreExpr equal(CoreExpr a, CoreExpr b, Type t) {
        Type r = t.resolve();
        if (Types.is(r, Types.INT)) return prim(PrimOp.INT_EQ, Rep.I32, a, b);
        if (Types.is(r, Types.FLOAT)) return prim(PrimOp.FLOAT_EQ, Rep.I32, a, b);
        if (Types.is(r, Types.BOOL) || Types.is(r, Types.CHAR) || Types.is(r, Types.PID)) return prim(PrimOp.U32_EQ, Rep.I32, a, b);
        if (Types.is(r, Types.STRING)) return prim(PrimOp.STR_EQ, Rep.I32, a, b);
        if (Types.is(r, Types.UNIT)) return new CoreExpr.Seq(List.of(a, b), new BoolConst(true));
        return new Call(function("eq", t, List.of(Rep.REF, Rep.REF), Rep.I32, this::eqBody), List.of(a, b));
    }

    /** -1, 0 or 1 as an Int. */
    CoreExpr compare(CoreExpr a, CoreExpr b, Type t) {
        Type r = t.resolve();
        if (Types.is(r, Types.INT)) return threeWay(a, b, Rep.I64, PrimOp.INT_LT, PrimOp.INT_GT);
        if (Types.is(r, Types.FLOAT)) return threeWay(a, b, Rep.F64, PrimOp.FLOAT_LT, PrimOp.FLOAT_GT);
        if (Types.is(r, Types.BOOL) || Types.is(r, Types.CHAR) || Types.is(r, Types.PID)) {
            return threeWay(a, b, Rep.I32, PrimOp.U32_LT, PrimOp.U32_GT);
        }
        if (Types.is(r, Types.STRING)) return prim(PrimOp.STR_CMP, Rep.I64, a, b);
        if (Types.is(r, Types.UNIT)) return new CoreExpr.Seq(List.of(a, b), new IntConst(0));
        return new Call(function("cmp", t, List.of(Rep.REF, Rep.REF), Rep.I64, this::cmpBody), List.of(a, b));
    }

    CoreExpr append(CoreExpr a, CoreExpr b, Type listType) {
        return new Call(function("append", listType, List.of(Rep.REF, Rep.REF), Rep.REF, this::appendBody), List.of(a, b));
    }

    // ---- generation ----

    private record Shape(List<String> names, List<List<Type>> fields, boolean record) {}

    private CoreFunction function(String what, Type t, List<Rep> params, Rep result,
            Function<Generated, CoreExpr> body) {
        String key = what + "<" + t + ">";
        CoreFunction f = made.get(key);
        if (f != null) return f;
        List<CoreVar> vars = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) vars.add(new CoreVar(i == 0 ? "a" : "b", params.get(i)));
        f = new CoreFunction(module + "." + key.replaceAll("[^A-Za-z0-9_<>.]", "_"), vars, result);
        made.put(key, f);
        out.add(f);
        f.body(body.apply(new Generated(f, t)));
        return f;
    }

    private record Generated(CoreFunction f, Type type) {
        CoreExpr a() { return new Get(f.params().get(0)); }

        CoreExpr b() { return new Get(f.params().get(1)); }
    }

    /** A tuple, record or variant type as constructors with concrete field types; null for lists. */
    private Shape shape(Type t) {
        Type.Con c = (Type.Con) t.resolve();
        if (c.name().equals("Tuple")) return new Shape(List.of(""), List.of(c.args()), false);
        TypeDefs.TypeDef def = types.type(c.name()).orElseThrow(() -> new IllegalStateException("no type " + c.name()));
        Map<TVar, Type> args = new HashMap<>();
        for (int i = 0; i < def.params().size(); i++) args.put(def.params().get(i), c.args().get(i));
        return switch (def) {
            case TypeDefs.RecordDef r -> new Shape(List.of(r.name()),
                    List.of(r.fields().stream().map(f -> Substitution.apply(f.type(), args)).toList()), true);
            case TypeDefs.VariantDef v -> new Shape(v.ctors().stream().map(TypeDefs.CtorDef::name).toList(),
                    v.ctors().stream().map(k -> k.fields().stream().map(f -> Substitution.apply(f, args)).toList()).toList(), false);
        };
    }

    private static boolean isList(Type t) {
        return t.resolve() instanceof Type.Con c && c.name().equals("List");
    }

    private static Type element(Type list) {
        return ((Type.Con) list.resolve()).args().get(0);
    }

    private static Rep rep(Type t) {
        return ConcreteTypes.rep(t).orElseThrow(() -> new IllegalStateException("no representation for " + t));
    }

    private static CoreExpr field(CoreExpr object, int slot, Type t) {
        return new Load(object, slot, rep(t));
    }

    private static CoreExpr tag(CoreExpr object) {
        return prim(PrimOp.OBJ_TAG, Rep.I32, object);
    }

    /** An i32 constant (a tag): CharConst is the core IR's i32 literal. */
    private static CoreExpr i32(int value) {
        return new CoreExpr.CharConst(value);
    }

    private static CoreExpr isNull(CoreExpr object) {
        return prim(PrimOp.IS_NULL, Rep.I32, object);
    }

    private static Prim prim(PrimOp op, Rep rep, CoreExpr... args) {
        return new Prim(op, List.of(args), null, rep);
    }

    private static CoreExpr concat(List<CoreExpr> parts) {
        CoreExpr out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) out = prim(PrimOp.STR_CONCAT, Rep.REF, out, parts.get(i));
        return out;
    }

    private static CoreExpr threeWay(CoreExpr a, CoreExpr b, Rep rep, PrimOp lt, PrimOp gt) {
        CoreVar x = new CoreVar("x", rep);
        CoreVar y = new CoreVar("y", rep);
        return new CoreExpr.Let(x, a, new CoreExpr.Let(y, b,
                new If(prim(lt, Rep.I32, new Get(x), new Get(y)), new IntConst(-1),
                        new If(prim(gt, Rep.I32, new Get(x), new Get(y)), new IntConst(1), new IntConst(0), Rep.I64), Rep.I64)));
    }

    /** Chooses by the object's tag among per-constructor expressions; a single constructor needs no test. */
    private static CoreExpr byTag(CoreExpr object, List<CoreExpr> perCtor, Rep rep) {
        CoreExpr out = perCtor.get(perCtor.size() - 1);
        for (int k = perCtor.size() - 2; k >= 0; k--) {
            out = new If(prim(PrimOp.U32_EQ, Rep.I32, tag(object), i32(k)), perCtor.get(k), out, rep);
        }
        return out;
    }

    private CoreExpr showBody(Generated g) {
        if (isList(g.type())) {
            // The pieces are gathered in reverse, then copied once: no string is copied per element.
            CoreFunction items = itemsFunction(g.type());
            CoreExpr start = new CoreExpr.Alloc(1, List.of(new StrConst("["), new CoreExpr.Null()));
            return prim(PrimOp.CONCAT_REVERSED, Rep.REF, new Call(items, List.of(g.a(), start, new BoolConst(true))));
        }
        Shape s = shape(g.type());
        List<CoreExpr> perCtor = new ArrayList<>();
        for (int k = 0; k < s.names().size(); k++) {
            List<Type> fs = s.fields().get(k);
            if (fs.isEmpty() && !s.record()) {
                perCtor.add(new StrConst(s.names().get(k).isEmpty() ? "()" : s.names().get(k)));
                continue;
            }
            List<CoreExpr> parts = new ArrayList<>();
            parts.add(new StrConst(s.names().get(k) + (s.record() ? "{" : "(")));
            List<String> fieldNames = s.record() ? ((TypeDefs.RecordDef) types.type(s.names().get(k)).orElseThrow())
                    .fields().stream().map(TypeDefs.FieldDef::name).toList() : null;
            for (int i = 0; i < fs.size(); i++) {
                String sep = (i > 0 ? ", " : "") + (fieldNames != null ? fieldNames.get(i) + ": " : "");
                if (!sep.isEmpty()) parts.add(new StrConst(sep));
                parts.add(show(field(g.a(), i, fs.get(i)), fs.get(i)));
            }
            parts.add(new StrConst(s.record() ? "}" : ")"));
            perCtor.add(concat(parts));
        }
        return byTag(g.a(), perCtor, Rep.REF);
    }

    /**
     * items(xs, pieces, first): the pieces of a list's text in reverse order,
     * "[" at the bottom and "]" on top, ", " between elements; a loop, once
     * pass/SelfTailCalls has marked its call of itself.
     */
    private CoreFunction itemsFunction(Type list) {
        String key = "show_items<" + list + ">";
        CoreFunction f = made.get(key);
        if (f != null) return f;
        CoreVar xs = new CoreVar("xs", Rep.REF);
        CoreVar acc = new CoreVar("acc", Rep.REF);
        CoreVar first = new CoreVar("first", Rep.I32);
        f = new CoreFunction(module + "." + key.replaceAll("[^A-Za-z0-9_<>.]", "_"), List.of(xs, acc, first), Rep.REF);
        made.put(key, f);
        out.add(f);
        Type e = element(list);
        CoreExpr withSeparator = new If(new Get(first), new Get(acc),
                new CoreExpr.Alloc(1, List.of(new StrConst(", "), new Get(acc))), Rep.REF);
        CoreExpr next = new CoreExpr.Alloc(1, List.of(show(field(new Get(xs), 0, e), e), withSeparator));
        f.body(new If(isNull(new Get(xs)), new CoreExpr.Alloc(1, List.of(new StrConst("]"), new Get(acc))),
                new Call(f, List.of(new Load(new Get(xs), 1, Rep.REF), next, new BoolConst(false))),
                Rep.REF));
        return f;
    }

    private CoreExpr eqBody(Generated g) {
        if (isList(g.type())) {
            Type e = element(g.type());
            CoreExpr heads = equal(field(g.a(), 0, e), field(g.b(), 0, e), e);
            CoreExpr tails = new Call(g.f(), List.of(new Load(g.a(), 1, Rep.REF), new Load(g.b(), 1, Rep.REF)));
            return new If(isNull(g.a()), isNull(g.b()),
                    new If(isNull(g.b()), new BoolConst(false), new If(heads, tails, new BoolConst(false), Rep.I32), Rep.I32),
                    Rep.I32);
        }
        Shape s = shape(g.type());
        List<CoreExpr> perCtor = new ArrayList<>();
        for (List<Type> fs : s.fields()) {
            CoreExpr all = new BoolConst(true);
            for (int i = fs.size() - 1; i >= 0; i--) {
                CoreExpr here = equal(field(g.a(), i, fs.get(i)), field(g.b(), i, fs.get(i)), fs.get(i));
                all = i == fs.size() - 1 ? here : new If(here, all, new BoolConst(false), Rep.I32);
            }
            perCtor.add(all);
        }
        CoreExpr same = byTag(g.a(), perCtor, Rep.I32);
        if (s.names().size() == 1) return same;
        return new If(prim(PrimOp.U32_EQ, Rep.I32, tag(g.a()), tag(g.b())), same, new BoolConst(false), Rep.I32);
    }

    private CoreExpr cmpBody(Generated g) {
        if (isList(g.type())) {
            Type e = element(g.type());
            CoreVar c = new CoreVar("c", Rep.I64);
            CoreExpr rest = new CoreExpr.Let(c, compare(field(g.a(), 0, e), field(g.b(), 0, e), e),
                    new If(prim(PrimOp.INT_NE, Rep.I32, new Get(c), new IntConst(0)), new Get(c),
                            new Call(g.f(), List.of(new Load(g.a(), 1, Rep.REF), new Load(g.b(), 1, Rep.REF))),
                            Rep.I64));
            return new If(isNull(g.a()), new If(isNull(g.b()), new IntConst(0), new IntConst(-1), Rep.I64),
                    new If(isNull(g.b()), new IntConst(1), rest, Rep.I64), Rep.I64);
        }
        Shape s = shape(g.type());
        List<CoreExpr> perCtor = new ArrayList<>();
        for (List<Type> fs : s.fields()) {
            CoreExpr all = new IntConst(0);
            for (int i = fs.size() - 1; i >= 0; i--) {
                CoreVar c = new CoreVar("c" + i, Rep.I64);
                all = new CoreExpr.Let(c, compare(field(g.a(), i, fs.get(i)), field(g.b(), i, fs.get(i)), fs.get(i)),
                        new If(prim(PrimOp.INT_NE, Rep.I32, new Get(c), new IntConst(0)), new Get(c), all, Rep.I64));
            }
            perCtor.add(all);
        }
        CoreExpr same = byTag(g.a(), perCtor, Rep.I64);
        if (s.names().size() == 1) return same;
        return new If(prim(PrimOp.U32_LT, Rep.I32, tag(g.a()), tag(g.b())), new IntConst(-1),
                new If(prim(PrimOp.U32_GT, Rep.I32, tag(g.a()), tag(g.b())), new IntConst(1), same, Rep.I64), Rep.I64);
    }

    /** a ++ b for lists: copies a's cells in front of b (recursive; deep lists use the deep stack). */
    private CoreExpr appendBody(Generated g) {
        CoreExpr cell = new CoreExpr.Alloc(1, List.of(field(g.a(), 0, element(g.type())),
                new Call(g.f(), List.of(new Load(g.a(), 1, Rep.REF), g.b()))));
        return new If(isNull(g.a()), g.b(), cell, Rep.REF);
    }
}
