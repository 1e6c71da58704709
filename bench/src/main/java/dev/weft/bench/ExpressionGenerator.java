package dev.weft.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The expressions of {@link ProgramGenerator}'s programs, and the types they
 * are written in: Int, Bool and String expressions over the names in scope
 * (literals, arithmetic, comparisons, logical operators, {@code ++},
 * interpolation, {@code show}, if/else and calls), and Unit ones that print.
 * It draws from the generator's own {@link Random}, in the generator's
 * order, so a seed still gives one program.
 */
final class ExpressionGenerator {
    enum Ty {
        INT("Int"), BOOL("Bool"), STRING("String"), UNIT("Unit");

        final String written;

        Ty(String written) { this.written = written; }
    }

    /** A callable function: {@code fuel} is the index of the parameter that bounds its recursion, or -1. */
    record Fn(String name, List<Ty> params, Ty result, int fuel) {}

    /** Names in scope in a block and their types; params are never rebound. */
    static final class Scope {
        final Map<String, Ty> vars;
        final Set<String> params;

        Scope(Map<String, Ty> vars, Set<String> params) {
            this.vars = vars;
            this.params = params;
        }

        Scope child() { return new Scope(new LinkedHashMap<>(vars), params); }

        List<String> named(Ty t) {
            List<String> out = new ArrayList<>();
            vars.forEach((name, type) -> { if (type == t) out.add(name); });
            return out;
        }
    }

    /** An expression's text and whether it must be parenthesized as an operand. */
    record Ex(String text, boolean simple) {
        String operand() { return simple ? text : "(" + text + ")"; }
    }

    static final String[] NOUNS = {
        "rows", "items", "total", "limit", "label", "depth", "width", "entry", "batch", "level",
        "range", "title", "span", "offset", "weight", "state", "note", "code", "mark", "bucket",
    };
    private static final String[] WORDS = {
        "total", "items", "ok", "warning: low", "rows", "done", "skipped", "retry", "level", "limit reached",
        "from", "to", "value", "empty", "full", "pending", "ready",
    };
    private static final String[] ESCAPED = {
        "tab\\there", "say \\\"hi\\\"", "path\\\\to", "cost \\$", "two\\nlines", "col\\t", "\\\"quoted\\\"",
    };

    /** Calls to section functions per function body; bounds the work if the program is run. */
    private static final int MAX_CALLS = 4;

    /** How a planned function is written. */

    private final Random random;
    /** The shared helpers: calls to them are not counted against MAX_CALLS. */
    private final List<Fn> helpers;
    private int calls;

    ExpressionGenerator(Random random, List<Fn> helpers) {
        this.random = random;
        this.helpers = helpers;
    }

    /** A new function body: its calls to section functions are counted from zero. */
    void startFunction() {
        calls = 0;
    }

    String unitExpr(Scope scope, List<Fn> callable) {
        Ex call = random.nextInt(3) == 0 ? call(Ty.UNIT, scope, 1, callable) : null;
        if (call != null) return call.text();
        return (random.nextInt(5) == 0 ? "print(" : "println(") + stringExpr(scope, 2, callable).text() + ")";
    }

    Ex expr(Ty t, Scope scope, int depth, List<Fn> callable) {
        return switch (t) {
            case INT -> intExpr(scope, depth, callable);
            case BOOL -> boolExpr(scope, depth, callable);
            case STRING -> stringExpr(scope, depth, callable);
            case UNIT -> new Ex(unitExpr(scope, callable), true);
        };
    }

    Ex intExpr(Scope scope, int depth, List<Fn> callable) {
        int roll = depth <= 0 ? 0 : random.nextInt(100);
        if (roll < 30) {
            List<String> vars = scope.named(Ty.INT);
            if (!vars.isEmpty() && random.nextInt(4) != 0) return new Ex(vars.get(random.nextInt(vars.size())), true);
            return new Ex(intLiteral(), true);
        }
        if (roll < 62) {
            String op = new String[] {"+", "-", "*", "+"}[random.nextInt(4)];
            return new Ex(intExpr(scope, depth - 1, callable).operand() + " " + op + " "
                    + intExpr(scope, depth - 1, callable).operand(), false);
        }
        if (roll < 72) {
            String op = random.nextBoolean() ? " / " : " % ";
            return new Ex(intExpr(scope, depth - 1, callable).operand() + op + (2 + random.nextInt(9)), false);
        }
        if (roll < 90) {
            Ex call = call(Ty.INT, scope, depth, callable);
            if (call != null) return call;
            return new Ex(intExpr(scope, 0, callable).text() + " + " + smallInt(), false);
        }
        if (roll < 95 && depth >= 2) {
            return new Ex("if " + boolExpr(scope, 1, callable).text() + " { " + intExpr(scope, 1, callable).text()
                    + " } else { " + intExpr(scope, 1, callable).text() + " }", false);
        }
        List<String> vars = scope.named(Ty.INT);
        if (vars.isEmpty()) return new Ex(intLiteral(), true);
        return new Ex("-" + vars.get(random.nextInt(vars.size())), false);
    }

    Ex boolExpr(Scope scope, int depth, List<Fn> callable) {
        int roll = depth <= 0 ? 0 : random.nextInt(100);
        if (roll < 15) {
            List<String> vars = scope.named(Ty.BOOL);
            if (!vars.isEmpty()) return new Ex(vars.get(random.nextInt(vars.size())), true);
        }
        if (roll < 55 || depth <= 0) {
            String op = new String[] {"<", "<=", ">", ">=", "==", "!="}[random.nextInt(6)];
            String right = random.nextBoolean() ? intLiteral() : intExpr(scope, 0, callable).operand();
            return new Ex(intExpr(scope, Math.min(depth, 1), callable).operand() + " " + op + " " + right, false);
        }
        if (roll < 63) {
            String op = random.nextBoolean() ? " == " : " != ";
            List<String> vars = scope.named(Ty.STRING);
            String left = vars.isEmpty() ? stringExpr(scope, 1, callable).operand() : vars.get(random.nextInt(vars.size()));
            return new Ex(left + op + quoted(WORDS[random.nextInt(WORDS.length)]), false);
        }
        if (roll < 80) {
            String op = random.nextBoolean() ? " && " : " || ";
            return new Ex(boolExpr(scope, depth - 1, callable).operand() + op
                    + boolExpr(scope, depth - 1, callable).operand(), false);
        }
        if (roll < 86) return new Ex("!" + boolExpr(scope, depth - 1, callable).operand(), false);
        Ex call = call(Ty.BOOL, scope, depth, callable);
        return call != null ? call : new Ex(random.nextBoolean() ? "true" : "false", true);
    }

    Ex stringExpr(Scope scope, int depth, List<Fn> callable) {
        int roll = depth <= 0 ? random.nextInt(20) : random.nextInt(100);
        if (roll < 12) {
            List<String> vars = scope.named(Ty.STRING);
            if (!vars.isEmpty()) return new Ex(vars.get(random.nextInt(vars.size())), true);
        }
        if (roll < 20) {
            return new Ex(quoted(random.nextInt(3) == 0 ? ESCAPED[random.nextInt(ESCAPED.length)]
                    : WORDS[random.nextInt(WORDS.length)]), true);
        }
        if (roll < 50) {
            StringBuilder s = new StringBuilder("\"").append(WORDS[random.nextInt(WORDS.length)]);
            int parts = 1 + random.nextInt(3);
            for (int i = 0; i < parts; i++) {
                Ty t = random.nextInt(4) == 0 ? Ty.BOOL : random.nextInt(3) == 0 ? Ty.STRING : Ty.INT;
                s.append(i == 0 ? " " : ", ").append(NOUNS[random.nextInt(NOUNS.length)]).append("=${")
                        .append(interpolated(t, scope, depth - 1, callable)).append('}');
            }
            return new Ex(s.append('"').toString(), true);
        }
        if (roll < 66) {
            return new Ex(stringExpr(scope, depth - 1, callable).operand() + " ++ "
                    + stringExpr(scope, depth - 1, callable).operand(), false);
        }
        if (roll < 76) {
            Ty t = random.nextInt(3) == 0 ? Ty.BOOL : Ty.INT;
            return new Ex("show(" + expr(t, scope, depth - 1, callable).text() + ")", true);
        }
        Ex call = call(Ty.STRING, scope, depth, callable);
        return call != null ? call : new Ex(quoted(WORDS[random.nextInt(WORDS.length)]), true);
    }

    /** What goes in {@code ${...}}: a variable, some arithmetic or comparison, or a call; no nested strings. */
    private String interpolated(Ty t, Scope scope, int depth, List<Fn> callable) {
        List<String> vars = scope.named(t);
        if (!vars.isEmpty() && (depth <= 0 || random.nextInt(3) != 0)) return vars.get(random.nextInt(vars.size()));
        return switch (t) {
            case STRING -> {
                Ex call = depth > 0 ? call(Ty.STRING, scope, depth, callable) : null;
                yield call != null ? call.text() : "show(" + intExpr(scope, 0, callable).text() + ")";
            }
            case BOOL -> boolExpr(scope, Math.min(depth, 1), callable).text();
            default -> intExpr(scope, Math.min(depth, 1), callable).text();
        };
    }

    /** A call of a function returning t, or null when there is none to call. */
    private Ex call(Ty t, Scope scope, int depth, List<Fn> callable) {
        List<Fn> candidates = new ArrayList<>();
        for (Fn f : callable) {
            if (f.result() == t && (calls < MAX_CALLS || helpers.contains(f))) candidates.add(f);
        }
        if (candidates.isEmpty()) return null;
        Fn f = candidates.get(random.nextInt(candidates.size()));
        if (!helpers.contains(f)) calls++;
        StringBuilder s = new StringBuilder(f.name()).append('(');
        for (int i = 0; i < f.params().size(); i++) {
            if (i > 0) s.append(", ");
            if (i == f.fuel()) {
                s.append(intExpr(scope, Math.min(depth - 1, 1), callable).operand()).append(" % ").append(4 + random.nextInt(9));
            } else {
                s.append(expr(f.params().get(i), scope, Math.min(depth - 1, 1), callable).text());
            }
        }
        return new Ex(s.append(')').toString(), true);
    }

    String intLiteral() {
        int r = random.nextInt(20);
        if (r == 0) return "1_000";
        if (r == 1) return "0x" + Integer.toHexString(16 + random.nextInt(240));
        return Integer.toString(random.nextInt(r < 10 ? 10 : 100));
    }

    String smallInt() {
        return Integer.toString(1 + random.nextInt(9));
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
