package dev.weft.matrix.generate;

import dev.weft.matrix.generate.GenType.Fun;
import dev.weft.matrix.generate.GenType.Pair;
import dev.weft.matrix.generate.GenType.Prim;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of {@code main}, each one or a few lines: bindings (some
 * annotated) followed by printing them, destructuring of tuples, prints of
 * expressions, {@code if} with and without {@code else}, locals that are
 * polymorphic (a lambda or {@code []} used at two types), and a list of
 * closures applied with {@code map}. The scope grows as bindings are made.
 */
final class Statements {
    private final Gen g;
    private final Expressions ex;
    private Scope scope = Scope.EMPTY;

    Statements(Gen g, Expressions ex) {
        this.g = g;
        this.ex = ex;
    }

    Scope scope() {
        return scope;
    }

    List<String> next() {
        return new Menu<List<String>>()
                .add(5, this::binding)
                .add(3, this::print)
                .add(1, this::destructure)
                .add(0.8, this::polymorphicLocal)
                .add(0.6, this::closures)
                .add(0.8, this::conditional)
                .add(0.3, () -> List.of("print(" + ex.gen(Prim.STRING, scope, 2).text() + ")"))
                .pick(g.random);
    }

    private List<String> binding() {
        GenType t = ex.comparable(2);
        String v = g.fresh("v");
        boolean annotated = g.chance(0.25);
        String value = ex.gen(t, scope, 3, annotated).text();
        scope = scope.with(v, t);
        List<String> out = new ArrayList<>();
        out.add(v + (annotated ? ": " + t.text() : "") + " = " + value);
        if (g.chance(0.8)) out.add(g.chance(0.5) ? "println(show(" + v + "))" : "println(\"" + v + " = ${" + v + "}\")");
        return out;
    }

    private List<String> print() {
        if (g.chance(0.5)) return List.of("println(" + ex.gen(Prim.STRING, scope, 3).text() + ")");
        return List.of("println(show(" + ex.gen(ex.comparable(2), scope, 3).text() + "))");
    }

    private List<String> destructure() {
        Pair p = new Pair(ex.comparable(1), ex.comparable(1));
        String a = g.fresh("v");
        String b = g.fresh("v");
        String value = ex.gen(p, scope, 3).text();
        scope = scope.with(a, p.first()).with(b, p.second());
        return List.of("(" + a + ", " + b + ") = " + value, "println(\"${" + a + "} / ${" + b + "}\")");
    }

    /** A generalized local (decision: local let-polymorphism for values) used at two types. */
    private List<String> polymorphicLocal() {
        String f = g.fresh("poly");
        return switch (g.between(0, 2)) {
            case 0 -> List.of(f + " = x -> x", "println(show(" + f + "(" + ex.gen(Prim.INT, scope, 2).text() + ")) ++ "
                    + f + "(" + ex.gen(Prim.STRING, scope, 2).text() + "))");
            case 1 -> List.of(f + " = (a, b) -> a + b", "println(show(" + f + "(" + ex.gen(Prim.INT, scope, 1).text() + ", "
                    + ex.gen(Prim.INT, scope, 1).text() + ")) ++ \" \" ++ show(" + f + "("
                    + ex.gen(Prim.FLOAT, scope, 1).text() + ", " + ex.gen(Prim.FLOAT, scope, 1).text() + ")))");
            default -> List.of(f + " = []", "println(show(" + f + " ++ [" + ex.gen(Prim.INT, scope, 1).text() + "]) ++ show("
                    + f + " ++ [" + ex.gen(Prim.STRING, scope, 1).text() + "]))");
        };
    }

    /** Closures in a list, some capturing locals, applied to one argument each. */
    private List<String> closures() {
        GenType t = g.pick(Prim.INT, Prim.STRING, Prim.FLOAT);
        GenType r = ex.comparable(1);
        Fun f = new Fun(List.of(t), r);
        String fs = g.fresh("fs");
        List<String> items = new ArrayList<>();
        for (int i = g.between(1, 3); i > 0; i--) items.add(ex.lambda(f, scope, 2).text());
        String h = g.fresh("h");
        String apply = h + "(" + ex.gen(t, scope, 1).text() + ")";
        return List.of(fs + " = [" + String.join(", ", items) + "]",
                "println(show(map(" + fs + ", (" + h + ": " + f.text() + ") -> " + apply + ")))");
    }

    private List<String> conditional() {
        String cond = ex.gen(Prim.BOOL, scope, 2).text();
        String then = "println(" + ex.gen(Prim.STRING, scope, 2).text() + ")";
        if (g.chance(0.3)) return List.of("if " + cond + " { " + then + " }");
        return List.of("if " + cond + " { " + then + " } else { println(" + ex.gen(Prim.STRING, scope, 2).text() + ") }");
    }

    /** The last statement of one program in 25: a division whose divisor is zero when it runs. */
    String divisionByZero() {
        List<Scope.Var> ints = scope.ofType(Prim.INT);
        String x = ints.isEmpty() ? "7" : g.pick(ints).name();
        return "println(show(" + ex.gen(Prim.INT, scope, 1).operand() + " " + g.pick("/", "%") + " (" + x + " - " + x + ")))";
    }
}
