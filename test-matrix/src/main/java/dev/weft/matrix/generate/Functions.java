package dev.weft.matrix.generate;

import dev.weft.matrix.generate.Gen.Fn;
import dev.weft.matrix.generate.Gen.Fn.Kind;
import dev.weft.matrix.generate.GenType.Fun;
import dev.weft.matrix.generate.GenType.ListOf;
import dev.weft.matrix.generate.GenType.Prim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The program's top-level functions, each of one kind: a plain expression or
 * block, a countdown (recursion on a counter that callers pass as
 * {@code e % 6}, so at most 5 deep; a tail call, which the backend makes a
 * loop, or not), a fold over a list by recursion, a {@code match} on a
 * parameter, clause-style definitions with a signature, a function that
 * returns a closure, one that takes a function, and a ping-pong: two
 * countdowns that call each other in tail position, with parameters of other
 * types (the backend merges them into one loop, pass/TailGroups). A body
 * calls only the functions written before it (and a countdown, fold or
 * ping-pong itself and its partner), so every call chain ends; each function's cost, in calls, is what its body spent
 * times how often it runs.
 */
final class Functions {
    private final Gen g;
    private final Expressions ex;

    Functions(Gen g, Expressions ex) {
        this.g = g;
        this.ex = ex;
    }

    /** Writes one function of the kind, registers it for later bodies and main, and returns its lines. */
    List<String> write(Kind kind) {
        String name = g.fresh("f");
        g.budget = Gen.BODY_BUDGET;
        g.multiplier = 1;
        List<String> lines = new ArrayList<>();
        Fn fn = switch (kind) {
            case PLAIN -> plain(name, lines);
            case COUNTDOWN -> countdown(name, lines);
            case LIST_REC -> listFold(name, lines);
            case MATCHER -> matcher(name, lines);
            case CLAUSES -> clauses(name, lines);
            case MAKER -> maker(name, lines);
            case HIGHER -> higher(name, lines);
            case PING_PONG -> pingPong(name, lines);
        };
        g.functions.add(fn);
        return lines;
    }

    private int spent() {
        return Gen.BODY_BUDGET - g.budget;
    }

    private Fn plain(String name, List<String> lines) {
        List<GenType> params = new ArrayList<>();
        Scope s = Scope.EMPTY;
        List<String> decl = new ArrayList<>();
        for (int i = g.between(1, 3); i > 0; i--) {
            GenType t = ex.comparable(1);
            String p = g.fresh("p");
            params.add(t);
            decl.add(p + ": " + t.text());
            s = s.with(p, t);
        }
        GenType result = ex.comparable(1);
        String head = name + "(" + String.join(", ", decl) + ") -> " + result.text() + " = ";
        if (g.chance(0.4)) {
            lines.add(head + "{");
            for (int i = g.between(1, 2); i > 0; i--) {
                GenType lt = ex.comparable(1);
                String v = g.fresh("l");
                lines.add("    " + v + " = " + ex.gen(lt, s, 3).text());
                s = s.with(v, lt);
            }
            lines.add("    " + ex.gen(result, s, 3, true).text());
            lines.add("}");
        } else {
            lines.add(head + ex.gen(result, s, 3, true).text());
        }
        return new Fn(name, params, result, Kind.PLAIN, 1 + spent());
    }

    private Fn countdown(String name, List<String> lines) {
        GenType t = g.pick(Prim.INT, Prim.INT, Prim.STRING, new ListOf(Prim.INT), Prim.FLOAT, ex.comparable(1));
        String n = g.fresh("n");
        String acc = g.fresh("acc");
        Scope s = Scope.EMPTY.with(n, Prim.INT).with(acc, t);
        String step = ex.gen(t, s, 2, true).text();
        String again = name + "(" + n + " - 1, " + (g.chance(0.6) ? step : acc) + ")";
        String recursive;
        if (t == Prim.INT && g.chance(0.5)) recursive = ex.gen(Prim.INT, s, 1).operand() + " + " + again;
        else if (t == Prim.STRING && g.chance(0.5)) recursive = again + " ++ " + ex.gen(Prim.STRING, s, 1).operand();
        else if (t instanceof ListOf l && g.chance(0.5)) recursive = "[" + ex.gen(l.element(), s, 1).text() + "] ++ " + again;
        else recursive = again;
        lines.add(name + "(" + n + ": Int, " + acc + ": " + t.text() + ") -> " + t.text() + " = if " + n + " <= 0 { "
                + acc + " } else { " + recursive + " }");
        return new Fn(name, List.of(Prim.INT, t), t, Kind.COUNTDOWN, 6 * (1 + spent()));
    }

    /**
     * name(n, acc) and its partner(m, acc, x) count down together, each
     * calling the other in tail position (the partner sometimes itself), so
     * that both run n steps in all.
     */
    private Fn pingPong(String name, List<String> lines) {
        GenType t = g.pick(Prim.INT, Prim.STRING, new ListOf(Prim.INT), Prim.FLOAT, ex.comparable(1));
        GenType u = ex.comparable(1);
        String partner = g.fresh("f");
        String n = g.fresh("n");
        String acc = g.fresh("acc");
        String m = g.fresh("m");
        String acc2 = g.fresh("acc");
        String x = g.fresh("x");
        Scope first = Scope.EMPTY.with(n, Prim.INT).with(acc, t);
        Scope second = Scope.EMPTY.with(m, Prim.INT).with(acc2, t).with(x, u);
        String toPartner = partner + "(" + n + " - 1, " + ex.gen(t, first, 2, true).text() + ", "
                + ex.gen(u, first, 1).text() + ")";
        String toFirst = name + "(" + m + " - 1, " + ex.gen(t, second, 2, true).text() + ")";
        String toSelf = partner + "(" + m + " - 1, " + acc2 + ", " + ex.gen(u, second, 1).text() + ")";
        lines.add(name + "(" + n + ": Int, " + acc + ": " + t.text() + ") -> " + t.text() + " = if " + n + " <= 0 { "
                + acc + " } else { " + toPartner + " }");
        String body = g.chance(0.5) ? toFirst
                : "if " + ex.gen(Prim.BOOL, second, 1).text() + " { " + toFirst + " } else { " + toSelf + " }";
        lines.add(partner + "(" + m + ": Int, " + acc2 + ": " + t.text() + ", " + x + ": " + u.text() + ") -> "
                + t.text() + " = if " + m + " <= 0 { " + acc2 + " } else { " + body + " }");
        return new Fn(name, List.of(Prim.INT, t), t, Kind.PING_PONG, 6 * (1 + spent()));
    }

    private Fn listFold(String name, List<String> lines) {
        GenType e = ex.comparable(1);
        GenType u = ex.comparable(1);
        String xs = g.fresh("xs");
        String acc = g.fresh("acc");
        String h = g.fresh("h");
        String t = g.fresh("t");
        Scope s = Scope.EMPTY.with(h, e).with(t, new ListOf(e)).with(acc, u);
        lines.add(name + "(" + xs + ": " + new ListOf(e).text() + ", " + acc + ": " + u.text() + ") -> " + u.text()
                + " = match " + xs + " {");
        lines.add("    [] -> " + acc);
        lines.add("    [" + h + ", ..." + t + "] -> " + name + "(" + t + ", " + ex.gen(u, s, 2, true).text() + ")");
        lines.add("}");
        return new Fn(name, List.of(new ListOf(e), u), u, Kind.LIST_REC, 12 * (1 + spent()));
    }

    private Fn matcher(String name, List<String> lines) {
        GenType scrutinee = ex.comparable(1);
        GenType other = ex.simple();
        GenType result = ex.comparable(1);
        String x = g.fresh("p");
        String y = g.fresh("p");
        Scope s = Scope.EMPTY.with(x, scrutinee).with(y, other);
        lines.add(name + "(" + x + ": " + scrutinee.text() + ", " + y + ": " + other.text() + ") -> " + result.text()
                + " = match " + x + " {");
        for (String arm : ex.matches.arms(scrutinee, result, s, 3)) lines.add("    " + arm);
        lines.add("}");
        return new Fn(name, List.of(scrutinee, other), result, Kind.MATCHER, 1 + spent());
    }

    private Fn clauses(String name, List<String> lines) {
        Prim first = g.pick(Prim.INT, Prim.INT, Prim.STRING, Prim.CHAR);
        GenType second = ex.comparable(1);
        GenType result = ex.comparable(1);
        lines.add(name + " : (" + first.text() + ", " + second.text() + ") -> " + result.text());
        Set<String> used = new HashSet<>();
        for (int i = g.between(1, 2); i > 0; i--) {
            String lit = new Literals(g).pattern(first, used);
            if (lit == null) continue;
            String p = g.fresh("q");
            lines.add(name + "(" + lit + ", " + p + ") = " + ex.gen(result, Scope.EMPTY.with(p, second), 3, true).text());
        }
        String a = g.fresh("q");
        String b = g.fresh("q");
        lines.add(name + "(" + a + ", " + b + ") = "
                + ex.gen(result, Scope.EMPTY.with(a, first).with(b, second), 3, true).text());
        return new Fn(name, List.of(first, second), result, Kind.CLAUSES, 1 + spent());
    }

    private Fn maker(String name, List<String> lines) {
        GenType k = ex.comparable(1);
        GenType param = ex.simple();
        GenType result = ex.comparable(1);
        String kn = g.fresh("k");
        Fun made = new Fun(List.of(param), result);
        Ex lambda = ex.lambda(made, Scope.EMPTY.with(kn, k), 3);
        lines.add(name + "(" + kn + ": " + k.text() + ") -> " + made.text() + " = " + lambda.text());
        return new Fn(name, List.of(k), made, Kind.MAKER, 1 + spent());
    }

    private Fn higher(String name, List<String> lines) {
        GenType t = ex.comparable(1);
        Fun f = new Fun(List.of(t), t);
        String fn = g.fresh("g");
        String x = g.fresh("x");
        Scope s = Scope.EMPTY.with(fn, f).with(x, t);
        lines.add(name + "(" + fn + ": " + f.text() + ", " + x + ": " + t.text() + ") -> " + t.text() + " = "
                + fn + "(" + ex.gen(t, s, 3, true).text() + ")");
        return new Fn(name, List.of(f, t), t, Kind.HIGHER, 2 + spent());
    }
}
