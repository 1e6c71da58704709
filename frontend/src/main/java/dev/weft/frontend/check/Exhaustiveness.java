package dev.weft.frontend.check;

import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.syntax.Pattern;
import dev.weft.frontend.types.Substitution;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether patterns cover every value, and whether an arm can ever match:
 * Maranget's usefulness ("Warnings for pattern matching", JFP 2007) over a
 * small space of constructors. A missing case is reported with a witness
 * such as {@code Some(None)}; an arm that adds nothing is unreachable.
 */
final class Exhaustiveness {
    /** A pattern in the checker's space: anything, a constructor applied to sub-patterns, or a literal. */
    sealed interface Pat permits Wild, Con, Lit {}

    record Wild() implements Pat {}

    record Con(String name, List<Pat> args) implements Pat {}

    record Lit(String value) implements Pat {}

    private static final Wild WILD = new Wild();

    /** One constructor of a type: its name, and its fields' types. */
    private record Ctor(String name, List<Type> fields) {}

    private final TypeDefs types;

    Exhaustiveness(TypeDefs types) { this.types = types; }

    /**
     * A value the arms do not match, printed as source would write it, or empty when they cover everything.
     * Throws {@link IllTyped} when an arm does not fit the scrutinee's type.
     */
    Optional<String> missing(List<Pattern> unguardedArms, Type scrutinee) {
        List<List<Pat>> rows = new ArrayList<>();
        for (Pattern p : unguardedArms) rows.add(List.of(lower(p, scrutinee)));
        List<Pat> witness = useful(rows, List.of(WILD), List.of(scrutinee));
        return witness == null ? Optional.empty() : Optional.of(show(witness.get(0), scrutinee));
    }

    /** Whether a pattern matches something the earlier patterns do not. Throws {@link IllTyped} as {@link #missing}. */
    boolean reachable(List<Pattern> earlier, Pattern arm, Type scrutinee) {
        List<List<Pat>> rows = new ArrayList<>();
        for (Pattern p : earlier) rows.add(List.of(lower(p, scrutinee)));
        return useful(rows, List.of(lower(arm, scrutinee)), List.of(scrutinee)) != null;
    }

    /** For several columns (a function's clauses): a missing argument list, printed as (a, b). */
    Optional<String> missing(List<List<Pattern>> rows, List<Type> columns) {
        List<List<Pat>> lowered = new ArrayList<>();
        for (List<Pattern> row : rows) lowered.add(lowerRow(row, columns));
        List<Pat> wilds = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) wilds.add(WILD);
        List<Pat> witness = useful(lowered, wilds, columns);
        if (witness == null) return Optional.empty();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) shown.add(show(witness.get(i), columns.get(i)));
        return Optional.of("(" + String.join(", ", shown) + ")");
    }

    boolean reachable(List<List<Pattern>> earlier, List<Pattern> row, List<Type> columns) {
        List<List<Pat>> lowered = new ArrayList<>();
        for (List<Pattern> r : earlier) lowered.add(lowerRow(r, columns));
        return useful(lowered, lowerRow(row, columns), columns) != null;
    }

    /**
     * A pattern that does not fit the type it is checked against: the typer has
     * reported why (a type mismatch, an unknown name's error type, a wrong number
     * of fields). The algorithm needs every constructor's fields to match the
     * type's, so such a match is not checked at all rather than checked wrongly.
     */
    static final class IllTyped extends RuntimeException {
        IllTyped() {
            super(null, null, false, false);
        }
    }

    private List<Pat> lowerRow(List<Pattern> row, List<Type> columns) {
        List<Pat> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) out.add(lower(row.get(i), columns.get(i)));
        return out;
    }

    // ---- the algorithm ----

    private List<Pat> useful(List<List<Pat>> rows, List<Pat> q, List<Type> types) {
        if (q.isEmpty()) return rows.isEmpty() ? new ArrayList<>() : null;
        Type t = types.get(0);
        List<Type> restTypes = types.subList(1, types.size());
        Pat head = q.get(0);
        if (head instanceof Con c) {
            List<Type> fieldTypes = ctor(t, c.name()).map(Ctor::fields).orElse(List.of());
            List<Pat> w = useful(specialize(rows, c.name(), c.args().size()), concat(c.args(), q.subList(1, q.size())),
                    concat(fieldTypes, restTypes));
            return w == null ? null : rebuild(c.name(), c.args().size(), w);
        }
        if (head instanceof Lit l) {
            List<Pat> w = useful(specializeLit(rows, l.value()), q.subList(1, q.size()), restTypes);
            if (w != null) w.add(0, l);
            return w;
        }
        Optional<List<Ctor>> all = ctors(t);
        Set<String> heads = new LinkedHashSet<>();
        for (List<Pat> row : rows) if (row.get(0) instanceof Con c) heads.add(c.name());
        if (all.isPresent() && !all.get().isEmpty() && all.get().stream().allMatch(c -> heads.contains(c.name()))) {
            for (Ctor c : all.get()) {
                List<Pat> wilds = new ArrayList<>();
                for (int i = 0; i < c.fields().size(); i++) wilds.add(WILD);
                List<Pat> w = useful(specialize(rows, c.name(), c.fields().size()), concat(wilds, q.subList(1, q.size())),
                        concat(c.fields(), restTypes));
                if (w != null) return rebuild(c.name(), c.fields().size(), w);
            }
            return null;
        }
        List<Pat> w = useful(defaults(rows), q.subList(1, q.size()), restTypes);
        if (w == null) return null;
        Pat first = WILD;
        if (all.isPresent()) {
            for (Ctor c : all.get()) {
                if (!heads.contains(c.name())) {
                    List<Pat> wilds = new ArrayList<>();
                    for (int i = 0; i < c.fields().size(); i++) wilds.add(WILD);
                    first = new Con(c.name(), wilds);
                    break;
                }
            }
        } else if (Types.is(t, Types.INT)) {
            // A witness that reads better than _: the smallest natural number no arm names.
            Set<String> named = new java.util.HashSet<>();
            for (List<Pat> row : rows) if (row.get(0) instanceof Lit l) named.add(l.value());
            long n = 0;
            while (named.contains(Long.toString(n))) n++;
            if (!named.isEmpty()) first = new Lit(Long.toString(n));
        }
        w.add(0, first);
        return w;
    }

    private static List<List<Pat>> specialize(List<List<Pat>> rows, String name, int arity) {
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> row : rows) {
            Pat h = row.get(0);
            if (h instanceof Con c && c.name().equals(name)) {
                out.add(concat(c.args(), row.subList(1, row.size())));
            } else if (h instanceof Wild) {
                List<Pat> wilds = new ArrayList<>();
                for (int i = 0; i < arity; i++) wilds.add(WILD);
                out.add(concat(wilds, row.subList(1, row.size())));
            }
        }
        return out;
    }

    private static List<List<Pat>> specializeLit(List<List<Pat>> rows, String value) {
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> row : rows) {
            Pat h = row.get(0);
            if (h instanceof Wild || h instanceof Lit l && l.value().equals(value)) out.add(row.subList(1, row.size()));
        }
        return out;
    }

    private static List<List<Pat>> defaults(List<List<Pat>> rows) {
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> row : rows) if (row.get(0) instanceof Wild) out.add(row.subList(1, row.size()));
        return out;
    }

    private static List<Pat> rebuild(String name, int arity, List<Pat> w) {
        List<Pat> args = new ArrayList<>(w.subList(0, arity));
        List<Pat> out = new ArrayList<>(w.subList(arity, w.size()));
        out.add(0, new Con(name, args));
        return out;
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---- the constructors of a type ----

    /** Every constructor of a type, or empty for types with too many values to list (Int, String, ...). */
    private Optional<List<Ctor>> ctors(Type type) {
        Type t = type.resolve();
        if (!(t instanceof Type.Con c)) return Optional.empty();
        switch (c.name()) {
            case "Bool": return Optional.of(List.of(new Ctor("false", List.of()), new Ctor("true", List.of())));
            case "Unit": return Optional.of(List.of(new Ctor("()", List.of())));
            case "Tuple": return Optional.of(List.of(new Ctor("()", c.args())));
            case "List": return Optional.of(List.of(new Ctor("[]", List.of()), new Ctor("::", List.of(c.args().get(0), c))));
            default: break;
        }
        var def = types.type(c.name());
        if (def.isEmpty()) return Optional.empty();
        Map<TVar, Type> args = new HashMap<>();
        for (int i = 0; i < def.get().params().size() && i < c.args().size(); i++) args.put(def.get().params().get(i), c.args().get(i));
        return Optional.of(switch (def.get()) {
            case TypeDefs.VariantDef v -> v.ctors().stream()
                    .map(k -> new Ctor(k.name(), k.fields().stream().map(f -> Substitution.apply(f, args)).toList())).toList();
            case TypeDefs.RecordDef r -> List.of(new Ctor(r.name(),
                    r.fields().stream().map(f -> Substitution.apply(f.type(), args)).toList()));
        });
    }

    private Optional<Ctor> ctor(Type t, String name) {
        return ctors(t).flatMap(cs -> cs.stream().filter(c -> c.name().equals(name)).findFirst());
    }

    // ---- from syntax ----

    private Pat lower(Pattern p, Type type) {
        return switch (p) {
            case Pattern.Wildcard w -> WILD;
            case Pattern.Binder b -> WILD;
            case Pattern.TypedBinder t -> WILD;
            case Pattern.Paren x -> lower(x.inner(), type);
            case Pattern.Unit u -> {
                fits(Types.is(type, Types.UNIT));
                yield new Con("()", List.of());
            }
            case Pattern.Literal l -> switch (l.literal()) {
                case Expr.BoolLit b -> literal(type, Types.BOOL, new Con(Boolean.toString(b.value()), List.of()));
                case Expr.IntLit i -> literal(type, Types.INT, new Lit(Long.toString(l.negated() ? -i.value() : i.value())));
                case Expr.FloatLit f -> literal(type, Types.FLOAT, new Lit(Double.toString(l.negated() ? -f.value() : f.value())));
                case Expr.CharLit c -> literal(type, Types.CHAR, new Lit("'" + Character.toString(c.codePoint())));
                case Expr.StringLit s -> literal(type, Types.STRING, new Lit("\"" + s.parts().stream()
                        .map(x -> x instanceof Expr.Text t ? t.value() : "").reduce("", String::concat)));
                default -> throw new IllTyped();
            };
            case Pattern.Tuple t -> new Con("()", lowerAll(t.elements(), fields(type, "()", t.elements().size())));
            case Pattern.ListPat l -> {
                fits(type.resolve() instanceof Type.Con c && c.name().equals("List"));
                Type element = ((Type.Con) type.resolve()).args().get(0);
                Pat tail = l.rest().map(r -> lower(r, type)).orElse(new Con("[]", List.of()));
                for (int i = l.elements().size() - 1; i >= 0; i--) {
                    tail = new Con("::", List.of(lower(l.elements().get(i), element), tail));
                }
                yield tail;
            }
            case Pattern.Ctor c -> new Con(c.name().text(), lowerAll(c.args(), fields(type, c.name().text(), c.args().size())));
            case Pattern.Record r -> {
                if (!(type.resolve() instanceof Type.Con c) || !(types.type(c.name()).orElse(null) instanceof TypeDefs.RecordDef rd)) {
                    throw new IllTyped();
                }
                List<Type> ts = fields(type, rd.name(), rd.fields().size());
                List<Pat> args = new ArrayList<>();
                for (TypeDefs.FieldDef f : rd.fields()) {
                    Pat sub = WILD;
                    for (Pattern.FieldPat fp : r.fields()) {
                        if (!fp.field().text().equals(f.name())) continue;
                        // The first, as the typer reads it: a second one of the same field is E0211.
                        if (fp.pattern().isPresent()) {
                            sub = lower(fp.pattern().get(), ts.get(f.index()));
                        }
                        break;
                    }
                    args.add(sub);
                }
                yield new Con(rd.name(), args);
            }
        };
    }

    private static void fits(boolean fits) {
        if (!fits) throw new IllTyped();
    }

    private static Pat literal(Type type, Type.Con literalType, Pat pat) {
        fits(Types.is(type, literalType));
        return pat;
    }

    /** The field types of the type's constructor {@code name}, which must have {@code arity} of them. */
    private List<Type> fields(Type type, String name, int arity) {
        List<Type> ts = ctor(type, name).map(Ctor::fields).orElseThrow(IllTyped::new);
        fits(ts.size() == arity);
        return ts;
    }

    private List<Pat> lowerAll(List<Pattern> patterns, List<Type> types) {
        List<Pat> out = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) out.add(lower(patterns.get(i), types.get(i)));
        return out;
    }

    // ---- witnesses as source ----

    private String show(Pat p, Type type) {
        return switch (p) {
            case Wild w -> "_";
            case Lit l -> l.value();
            case Con c -> showCon(c, type);
        };
    }

    private String showCon(Con c, Type type) {
        List<Type> ts = ctor(type, c.name()).map(Ctor::fields).orElse(List.of());
        List<String> args = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) args.add(show(c.args().get(i), i < ts.size() ? ts.get(i) : Types.ERROR));
        return switch (c.name()) {
            case "true", "false", "[]" -> c.name();
            case "()" -> "(" + String.join(", ", args) + ")";
            case "::" -> "[" + args.get(0) + ", ..." + args.get(1) + "]";
            default -> {
                if (types.type(c.name()).orElse(null) instanceof TypeDefs.RecordDef rd) {
                    List<String> fields = new ArrayList<>();
                    for (int i = 0; i < rd.fields().size() && i < args.size(); i++) fields.add(rd.fields().get(i).name() + ": " + args.get(i));
                    yield rd.name() + "{" + String.join(", ", fields) + "}";
                }
                yield args.isEmpty() ? c.name() : c.name() + "(" + String.join(", ", args) + ")";
            }
        };
    }
}
