package dev.weft.matrix.generate;

import dev.weft.matrix.generate.Gen.Fn;
import dev.weft.matrix.generate.GenType.Data;
import dev.weft.matrix.generate.GenType.Fun;
import dev.weft.matrix.generate.GenType.ListOf;
import dev.weft.matrix.generate.GenType.OptionOf;
import dev.weft.matrix.generate.GenType.Pair;
import dev.weft.matrix.generate.GenType.Prim;
import dev.weft.matrix.generate.GenType.Rec;
import dev.weft.matrix.generate.GenType.VariantDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Type-directed expressions: {@code gen(t, scope, depth)} writes an
 * expression of type t that uses only names in scope, nesting at most depth
 * deep. Each type has its own operations (arithmetic with wraparound,
 * guarded division, Float functions, comparisons of every comparable type,
 * interpolation, the list library, constructors, records and their update,
 * lambdas capturing the scope); every type also has the shared forms (a name,
 * a call of one of the program's functions, {@code if}, {@code match}, a
 * block with a local, a polymorphic helper, applying a function value, a
 * record field).
 */
final class Expressions {
    private final Gen g;
    private final Literals literals;
    final Matches matches;

    Expressions(Gen g) {
        this.g = g;
        this.literals = new Literals(g);
        this.matches = new Matches(g, this, literals);
    }

    Ex gen(GenType t, Scope s, int depth) {
        return gen(t, s, depth, false);
    }

    Ex gen(GenType t, Scope s, int depth, boolean typed) {
        if (depth <= 0 || g.chance(0.12)) return leaf(t, s, typed);
        Menu<Ex> m = new Menu<>();
        shared(m, t, s, depth);
        switch (t) {
            case Prim p -> prim(m, p, s, depth);
            case ListOf l -> list(m, l, s, depth);
            case Pair p -> {
                m.add(3, () -> Ex.atom("(" + gen(p.first(), s, depth - 1).text() + ", "
                        + gen(p.second(), s, depth - 1).text() + ")"));
                m.add(g.has("swap"), 1, () -> Ex.atom("swap(" + gen(new Pair(p.second(), p.first()), s, depth - 1).text() + ")"));
            }
            case OptionOf o -> option(m, o, s, depth, typed);
            case Data d -> m.add(4, () -> ctor(d, s, depth, typed));
            case Rec r -> {
                m.add(3, () -> Ex.atom(literals.record(r, f -> gen(f, s, depth - 1, true).text())));
                m.add(2, () -> {
                    GenType.RecordDecl.Field f = g.pick(r.decl().fields());
                    return Ex.atom(gen(r, s, depth - 1).operand() + "{" + f.name() + ": "
                            + gen(r.field(f), s, depth - 1, true).text() + "}");
                });
            }
            case Fun f -> m.add(4, () -> lambda(f, s, depth));
            case GenType.Param p -> throw new IllegalStateException("a type parameter outside a declaration");
        }
        m.add(1, () -> leaf(t, s, typed));
        return m.pick(g.random);
    }

    /** A name of type t, or a literal. */
    Ex leaf(GenType t, Scope s, boolean typed) {
        List<Scope.Var> vars = s.ofType(t);
        if (!vars.isEmpty() && g.chance(0.55)) return Ex.atom(g.pick(vars).name());
        return literals.of(t, typed);
    }

    private void shared(Menu<Ex> m, GenType t, Scope s, int depth) {
        m.add(!s.ofType(t).isEmpty(), 3, () -> Ex.atom(g.pick(s.ofType(t)).name()));
        List<Fn> callable = g.functions.stream().filter(f -> f.result().equals(t)).toList();
        m.add(!callable.isEmpty(), 4, () -> call(g.pick(callable), s, depth));
        List<Fn> makers = g.functions.stream().filter(f -> f.result() instanceof Fun r && r.result().equals(t)).toList();
        m.add(!makers.isEmpty(), 1.5, () -> {
            Fn f = g.pick(makers);
            Ex made = call(f, s, depth);
            if (made == null) return null;
            return Ex.atom(made.operand() + "(" + ((Fun) f.result()).params().stream()
                    .map(p -> gen(p, s, depth - 1, true).text()).collect(Collectors.joining(", ")) + ")");
        });
        // A condition is at least one operation deep: `if true` would only test wasm-opt's constant folding.
        m.add(1.2, () -> Ex.compound("if " + gen(Prim.BOOL, s, Math.max(1, depth - 1)).text() + " { " + gen(t, s, depth - 1).text()
                + " } else { " + gen(t, s, depth - 1, true).text() + " }"));
        m.add(depth >= 2, 1, () -> Ex.compound(matches.inline(t, s, depth - 1)));
        m.add(depth >= 2, 0.6, () -> {
            GenType lt = g.pick(Prim.INT, Prim.STRING, Prim.FLOAT, new ListOf(Prim.INT));
            String v = g.fresh("t");
            return Ex.compound("{ " + v + " = " + gen(lt, s, depth - 1).text() + "; "
                    + gen(t, s.with(v, lt), depth - 1).text() + " }");
        });
        m.add(g.has("choose"), 0.6, () -> Ex.atom("choose(" + gen(Prim.BOOL, s, depth - 1).text() + ", "
                + gen(t, s, depth - 1).text() + ", " + gen(t, s, depth - 1, true).text() + ")"));
        m.add(g.has("twice") && t.comparable(), 0.4, () -> {
            String x = g.fresh("x");
            String body = g.costlier(2, () -> gen(t, s.with(x, t), depth - 1).text());
            return Ex.atom("twice((" + x + ": " + t.text() + ") -> " + body + ", " + gen(t, s, depth - 1).text() + ")");
        });
        m.add(g.has("first_or"), 0.4, () -> Ex.atom("first_or(" + gen(new ListOf(t), s, depth - 1).text() + ", "
                + gen(t, s, depth - 1, true).text() + ")"));
        List<Scope.Var> funs = s.vars().stream().filter(v -> v.type() instanceof Fun f && f.result().equals(t)).toList();
        m.add(!funs.isEmpty(), 2, () -> {
            Scope.Var v = g.pick(funs);
            Fun f = (Fun) v.type();
            return Ex.atom(v.name() + "(" + f.params().stream().map(p -> gen(p, s, depth - 1, true).text())
                    .collect(Collectors.joining(", ")) + ")");
        });
        if (g.record != null) {
            for (Scope.Var v : s.vars()) {
                if (!(v.type() instanceof Rec r)) continue;
                for (GenType.RecordDecl.Field f : r.decl().fields()) {
                    if (r.field(f).equals(t)) m.add(1, () -> Ex.atom(v.name() + "." + f.name()));
                }
            }
        }
    }

    /** A call of one of the program's functions; a countdown's counter is passed as {@code e % 6}. */
    Ex call(Fn f, Scope s, int depth) {
        if (!g.spend(f.cost())) return null;
        List<Ex> args = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            args.add(f.isCounter(i) ? Ex.compound(gen(Prim.INT, s, depth - 1).operand() + " % 6")
                    : gen(f.params().get(i), s, depth - 1, true));
        }
        if (args.size() >= 2 && !f.isCounter(0) && g.chance(0.15)) {
            String first = args.remove(0).operand();
            return Ex.compound(first + " |> " + f.name() + "(" + texts(args) + ")");
        }
        return Ex.atom(f.name() + "(" + texts(args) + ")");
    }

    private static String texts(List<Ex> args) {
        return args.stream().map(Ex::text).collect(Collectors.joining(", "));
    }

    private void prim(Menu<Ex> m, Prim p, Scope s, int d) {
        switch (p) {
            case INT -> {
                for (String op : List.of("+", "-", "*")) m.add(2, () -> binary(Prim.INT, op, s, d));
                m.add(1.5, () -> Ex.compound(gen(Prim.INT, s, d - 1).operand() + " " + g.pick("/", "%")
                        + " nonzero(" + gen(Prim.INT, s, d - 1).text() + ")"));
                m.add(0.5, () -> Ex.compound("-" + gen(Prim.INT, s, d - 1).operand()));
                m.add(1, () -> Ex.atom("length(" + gen(g.chance(0.5) ? Prim.STRING : new ListOf(simple()), s, d - 1).text() + ")"));
                m.add(1, () -> Ex.atom("to_int(" + gen(Prim.FLOAT, s, d - 1).text() + ")"));
                m.add(0.7, () -> Ex.atom("sum(" + gen(new ListOf(Prim.INT), s, d - 1).text() + ")"));
                m.add(0.7, () -> {
                    GenType e = simple();
                    String acc = g.fresh("acc");
                    String x = g.fresh("x");
                    String xs = gen(new ListOf(e), s, d - 1).text();
                    String body = g.costlier(8, () -> gen(Prim.INT, s.with(acc, Prim.INT).with(x, e), d - 1).text());
                    return Ex.atom("foldl(" + xs + ", " + gen(Prim.INT, s, d - 1).text() + ", (" + acc + ": Int, " + x
                            + ": " + e.text() + ") -> " + body + ")");
                });
                m.add(0.7, () -> Ex.atom("with_default(" + gen(new OptionOf(Prim.INT), s, d - 1).text() + ", "
                        + gen(Prim.INT, s, d - 1, true).text() + ")"));
                m.add(0.5, () -> Ex.atom("with_default(parse_int(" + gen(Prim.STRING, s, d - 1).text() + "), "
                        + literals.prim(Prim.INT).text() + ")"));
            }
            case FLOAT -> {
                for (String op : List.of("+", "-", "*", "/")) m.add(1.5, () -> binary(Prim.FLOAT, op, s, d));
                m.add(0.3, () -> binary(Prim.FLOAT, "%", s, d));
                m.add(1.5, () -> Ex.atom("to_float(" + gen(Prim.INT, s, d - 1).text() + ")"));
                m.add(1, () -> Ex.atom(g.pick("sqrt", "floor", "ceil") + "(" + gen(Prim.FLOAT, s, d - 1).text() + ")"));
                m.add(0.3, () -> Ex.atom("pow(" + gen(Prim.FLOAT, s, d - 1).text() + ", " + g.pick("2.0", "0.5", "3.0", "-1.0") + ")"));
                m.add(0.5, () -> Ex.atom("with_default(parse_float(" + gen(Prim.STRING, s, d - 1).text() + "), "
                        + literals.prim(Prim.FLOAT).text() + ")"));
            }
            case BOOL -> {
                m.add(4, () -> {
                    GenType c = comparable(1);
                    return Ex.compound(gen(c, s, d - 1).operand() + " " + g.pick("==", "!=", "<", "<=", ">", ">=") + " "
                            + gen(c, s, d - 1, true).operand());
                });
                m.add(1.5, () -> binary(Prim.BOOL, g.pick("&&", "||"), s, d));
                m.add(0.7, () -> Ex.compound("!" + gen(Prim.BOOL, s, d - 1).operand()));
                m.add(0.7, () -> Ex.atom(g.pick("is_some", "is_none") + "(" + gen(new OptionOf(simple()), s, d - 1).text() + ")"));
                m.add(0.7, () -> {
                    GenType e = simple();
                    String x = g.fresh("x");
                    String body = g.costlier(8, () -> gen(Prim.BOOL, s.with(x, e), d - 1).text());
                    return Ex.atom(g.pick("any", "all") + "(" + gen(new ListOf(e), s, d - 1).text() + ", (" + x + ": "
                            + e.text() + ") -> " + body + ")");
                });
            }
            case CHAR -> m.add(1, () -> Ex.atom("with_default(nth(" + gen(new ListOf(Prim.CHAR), s, d - 1).text() + ", "
                    + gen(Prim.INT, s, d - 1).text() + "), " + literals.prim(Prim.CHAR).text() + ")"));
            case STRING -> {
                m.add(3, () -> interpolation(s, d));
                m.add(2, () -> binary(Prim.STRING, "++", s, d));
                m.add(2, () -> Ex.atom("show(" + gen(comparable(1), s, d - 1).text() + ")"));
                m.add(0.7, () -> Ex.atom("slice(" + gen(Prim.STRING, s, d - 1).text() + ", " + gen(Prim.INT, s, d - 1).text()
                        + ", " + gen(Prim.INT, s, d - 1).text() + ")"));
                m.add(0.7, () -> Ex.atom("join(" + gen(new ListOf(Prim.STRING), s, d - 1).text() + ", "
                        + g.pick(Literals.SEPARATORS) + ")"));
                m.add(0.5, () -> Ex.atom("repeat(" + gen(Prim.STRING, s, d - 1).text() + ", "
                        + gen(Prim.INT, s, d - 1).operand() + " % 4)"));
                m.add(1.5, () -> Ex.atom("fixed(" + gen(Prim.FLOAT, s, d - 1).text() + ", " + g.between(0, 5) + ")"));
                m.add(0.5, () -> Ex.atom("with_default(nth(split(" + gen(Prim.STRING, s, d - 1).text() + ", "
                        + g.pick(Literals.SEPARATORS) + "), " + gen(Prim.INT, s, d - 1).text() + "), \"none\")"));
            }
            case UNIT -> { }
        }
    }

    private Ex binary(GenType t, String op, Scope s, int d) {
        return Ex.compound(gen(t, s, d - 1).operand() + " " + op + " " + gen(t, s, d - 1, true).operand());
    }

    /** A string with one to three interpolations of any comparable type between plain text. */
    private Ex interpolation(Scope s, int d) {
        StringBuilder b = new StringBuilder("\"").append(g.pick(Literals.TEXT));
        int n = g.between(1, 3);
        for (int i = 0; i < n; i++) {
            b.append("${").append(gen(comparable(1), s, d - 1).operand()).append('}').append(g.pick(Literals.TEXT));
        }
        return Ex.atom(b.append('"').toString());
    }

    private void list(Menu<Ex> m, ListOf l, Scope s, int d) {
        GenType e = l.element();
        m.add(3, () -> {
            List<String> items = new ArrayList<>();
            for (int i = g.between(1, 3); i > 0; i--) items.add(gen(e, s, d - 1).text());
            return Ex.atom("[" + String.join(", ", items) + "]");
        });
        m.add(1.5, () -> binary(l, "++", s, d));
        m.add(1.5, () -> {
            GenType from = simple();
            String x = g.fresh("x");
            String body = g.costlier(8, () -> gen(e, s.with(x, from), d - 1).text());
            return Ex.atom("map(" + gen(new ListOf(from), s, d - 1).text() + ", (" + x + ": " + from.text() + ") -> " + body + ")");
        });
        m.add(1, () -> {
            String x = g.fresh("x");
            String body = g.costlier(8, () -> gen(Prim.BOOL, s.with(x, e), d - 1).text());
            return Ex.atom("filter(" + gen(l, s, d - 1).text() + ", (" + x + ": " + e.text() + ") -> " + body + ")");
        });
        m.add(1, () -> Ex.atom("reverse(" + gen(l, s, d - 1).text() + ")"));
        m.add(e.comparable(), 1, () -> Ex.atom("sort(" + gen(l, s, d - 1).text() + ")"));
        m.add(e == Prim.INT, 1.5, () -> {
            String lo = g.pick(Literals.SMALL_INTS);
            String lowText = lo.startsWith("-") ? "(" + lo + ")" : lo;
            return Ex.atom("range(" + lowText + ", " + lowText + " + " + gen(Prim.INT, s, d - 1).operand() + " % 5)");
        });
        m.add(e == Prim.STRING, 1, () -> Ex.atom("split(" + gen(Prim.STRING, s, d - 1).text() + ", "
                + g.pick(Literals.SEPARATORS) + ")"));
        if (e instanceof Pair p) {
            m.add(1, () -> Ex.atom("zip(" + gen(new ListOf(p.first()), s, d - 1).text() + ", "
                    + gen(new ListOf(p.second()), s, d - 1).text() + ")"));
        }
    }

    private void option(Menu<Ex> m, OptionOf o, Scope s, int d, boolean typed) {
        GenType e = o.element();
        m.add(3, () -> Ex.atom("Some(" + gen(e, s, d - 1).text() + ")"));
        m.add(typed, 1, () -> Ex.atom("None"));
        m.add(1.5, () -> Ex.atom("nth(" + gen(new ListOf(e), s, d - 1).text() + ", " + gen(Prim.INT, s, d - 1).text() + ")"));
        m.add(e == Prim.INT, 1, () -> Ex.atom("parse_int(" + gen(Prim.STRING, s, d - 1).text() + ")"));
        m.add(e == Prim.FLOAT, 1, () -> Ex.atom("parse_float(" + gen(Prim.STRING, s, d - 1).text() + ")"));
        m.add(1, () -> {
            GenType from = simple();
            String x = g.fresh("x");
            String body = gen(e, s.with(x, from), d - 1).text();
            return Ex.atom("map_option(" + gen(new OptionOf(from), s, d - 1).text() + ", (" + x + ": " + from.text()
                    + ") -> " + body + ")");
        });
    }

    private Ex ctor(Data d, Scope s, int depth, boolean typed) {
        List<VariantDecl.Ctor> usable = d.decl().ctors().stream()
                .filter(c -> typed || !d.decl().parameterised() || Literals.mentionsParam(c)).toList();
        VariantDecl.Ctor c = g.pick(usable);
        if (c.fields().isEmpty()) return Ex.atom(c.name());
        return Ex.atom(c.name() + "(" + d.fields(c).stream().map(f -> gen(f, s, depth - 1).text())
                .collect(Collectors.joining(", ")) + ")");
    }

    /** A lambda with annotated parameters whose body may use (capture) everything in scope. */
    Ex lambda(Fun f, Scope s, int depth) {
        List<String> params = new ArrayList<>();
        Scope inner = s;
        for (GenType p : f.params()) {
            String x = g.fresh("x");
            params.add(x + ": " + p.text());
            inner = inner.with(x, p);
        }
        Scope body = inner;
        String text = g.costlier(4, () -> gen(f.result(), body, depth - 1).text());
        return Ex.compound("(" + String.join(", ", params) + ") -> " + text);
    }

    /** One of the types most operations take: Int, String, Bool, Float, Char. */
    GenType simple() {
        return g.pick(Prim.INT, Prim.INT, Prim.STRING, Prim.BOOL, Prim.FLOAT, Prim.CHAR);
    }

    /** A type without functions, nested at most {@code depth} deep: what show, == and < take. */
    GenType comparable(int depth) {
        Menu<GenType> m = new Menu<>();
        m.add(28, () -> Prim.INT).add(14, () -> Prim.STRING).add(12, () -> Prim.BOOL).add(9, () -> Prim.FLOAT)
                .add(5, () -> Prim.CHAR).add(1, () -> Prim.UNIT);
        if (depth > 0) {
            m.add(10, () -> new ListOf(comparable(depth - 1)));
            m.add(5, () -> new Pair(comparable(depth - 1), comparable(depth - 1)));
            m.add(6, () -> new OptionOf(comparable(depth - 1)));
            m.add(!g.variants.isEmpty(), 6, () -> {
                VariantDecl v = g.pick(g.variants);
                return new Data(v, v.parameterised() ? java.util.Optional.of(comparable(depth - 1)) : java.util.Optional.empty());
            });
            m.add(g.record != null, 4, () -> new Rec(g.record, comparable(depth - 1)));
        }
        return m.pick(g.random);
    }
}
