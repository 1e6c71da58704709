package dev.weft.bench;

import dev.weft.bench.ExpressionGenerator.Fn;
import dev.weft.bench.ExpressionGenerator.Scope;
import dev.weft.bench.ExpressionGenerator.Ty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates a Weft program of exactly N lines for benchmarking the frontend,
 * in the subset it accepts today: Int, Bool, String and Unit; arithmetic,
 * comparison, logical operators, {@code ++} and interpolation; blocks,
 * if/else chains, recursion; print, println, show and exit.
 *
 * <p>The program looks like ordinary code: a few fully annotated helpers, then
 * sections of 1 to 16 functions of 5 to 30 lines each, some annotated, some
 * partly, some not at all, with comments, and a {@code main()} that calls some
 * of them. The same (lines, seed) always gives the same text
 * ({@link java.util.Random}'s algorithm is fixed by its specification).
 *
 * <p>Reference chains stay shallow, since the typer orders bodies by the
 * reference graph: a function calls only the shared helpers and functions of
 * its own section with a lower rank (a shuffled order, so calls go to earlier
 * and later functions alike), plus, for recursive functions and mutually
 * recursive pairs, itself or its partner with a counter that decreases to
 * zero. Callers pass such a counter as {@code e % k}, so the program also
 * terminates if run (main calls only low-ranked functions, to keep that quick).
 */
public final class ProgramGenerator {
    /** The seed the benchmarks and tests use. */
    public static final long DEFAULT_SEED = 0x5EEDL;

    /** The smallest program: header, helpers, one section and main. */
    public static final int MIN_LINES = 120;

    private static final int MIN_FUNCTION = 5;
    private static final int MAX_FUNCTION = 30;
    private static final int MAIN_LINES = 26;

    private enum Kind { PLAIN, RECURSIVE, PAIR }

    /** A function of a section before its body is written. */
    private static final class Plan {
        final int lines;
        final boolean comment;
        Kind kind = Kind.PLAIN;
        Plan partner;
        Fn fn;
        List<String> paramNames;
        List<Boolean> paramAnnotated;
        boolean resultAnnotated;
        int rank;

        Plan(int lines, boolean comment) {
            this.lines = lines;
            this.comment = comment;
        }
    }

    private static final String[] TOPICS = {
        "ledger", "router", "sensor", "invoice", "render", "queue", "cache", "budget", "orbit", "garden",
        "recipe", "ticket", "weather", "market", "signal", "harbor", "lexer", "planner", "archive", "tally",
    };
    private static final String[] VERBS = {
        "count", "sum", "scale", "check", "describe", "format", "merge", "pick", "weigh", "rank",
        "trim", "step", "fold", "mix", "grade", "probe", "measure", "tag", "shift", "score",
    };
    private static final String[] FUEL_NAMES = {"n", "steps", "fuel", "remaining", "rounds"};
    private static final Map<Ty, String[]> PARAM_NAMES = Map.of(
            Ty.INT, new String[] {"count", "total", "limit", "size", "width", "offset", "level", "weight", "index", "amount"},
            Ty.STRING, new String[] {"label", "title", "name", "prefix", "text", "tag", "note", "header"},
            Ty.BOOL, new String[] {"enabled", "strict", "verbose", "ready", "valid", "urgent", "visible", "done"});
    private static final Map<Ty, String[]> LOCAL_NAMES = Map.of(
            Ty.INT, new String[] {"sum", "acc", "delta", "scaled", "bonus", "margin", "half", "extra", "product",
                "diff", "score", "rest", "part", "cost"},
            Ty.STRING, new String[] {"line", "msg", "caption", "summary", "report", "head", "piece", "joined", "detail"},
            Ty.BOOL, new String[] {"ok", "big", "small", "even", "close", "high", "low", "mixed", "flagged", "fits"});
    private static final String[] COMMENTS = {
        "# Keeps the %s small enough to print on one line.",
        "# Returns the %s for one batch; callers print it.",
        "# The %s here is only an estimate.",
        "# TODO: handle a negative %s.",
        "# Combines the %s with what the caller already has.",
        "# A %s of zero means nothing to do.",
    };

    private final Random random;
    private final int target;
    private final long seed;
    private final List<String> out = new ArrayList<>();
    private final List<Fn> helpers = new ArrayList<>();
    private final ExpressionGenerator expressions;
    private final List<Fn> entries = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();

    private ProgramGenerator(int lines, long seed) {
        this.target = lines;
        this.seed = seed;
        this.random = new Random(seed);
        this.expressions = new ExpressionGenerator(random, helpers);
    }

    /** A program of exactly {@code lines} lines (each ending in a newline) from {@code seed}. */
    public static String generate(int lines, long seed) {
        if (lines < MIN_LINES) {
            throw new IllegalArgumentException("a generated program has at least " + MIN_LINES + " lines, not " + lines);
        }
        return new ProgramGenerator(lines, seed).program();
    }

    /** {@link #generate(int, long)} with {@link #DEFAULT_SEED}. */
    public static String generate(int lines) {
        return generate(lines, DEFAULT_SEED);
    }

    private String program() {
        out.add("# Generated by dev.weft.bench.ProgramGenerator: " + target + " lines, seed " + seed + ".");
        out.add("# Input for the frontend benchmarks (bench/run-frontend); regenerate it, do not edit it.");
        out.add("");
        helpers();
        int remaining = target - out.size() - MAIN_LINES;
        int section = 0;
        while (remaining > 0) {
            List<Plan> plans = new ArrayList<>();
            int size = 1 + random.nextInt(16);
            while (plans.size() < size && remaining > 0) {
                int lines = functionLength(remaining);
                plans.add(new Plan(lines, plans.isEmpty() || random.nextInt(2) == 0));
                remaining -= lines + 1;
            }
            section(section++, plans);
        }
        main();
        if (out.size() != target) throw new IllegalStateException("generated " + out.size() + " lines, not " + target);
        return String.join("\n", out) + "\n";
    }

    /**
     * A function length for the next function, given the lines left for
     * functions (each followed by a blank line): what is left after it is
     * either nothing or enough for another function.
     */
    private int functionLength(int remaining) {
        if (remaining - 1 <= MAX_FUNCTION) return remaining - 1;
        int lines = MIN_FUNCTION + random.nextInt(random.nextInt(3) == 0 ? 26 : 14);
        if (remaining - lines - 1 < MIN_FUNCTION + 1) lines = remaining - 1 - (MIN_FUNCTION + 1);
        return lines;
    }

    // ---- helpers shared by all sections ----

    private void helpers() {
        String text = """
                # ---- helpers shared by every section (all fully annotated) ----

                abs_int(x: Int) -> Int = if x < 0 { -x } else { x }

                max_int(a: Int, b: Int) -> Int = if a > b { a } else { b }

                min_int(a: Int, b: Int) -> Int = if a < b { a } else { b }

                clamp_int(x: Int, lo: Int, hi: Int) -> Int = max_int(lo, min_int(x, hi))

                yes_no(flag: Bool) -> String = if flag { "yes" } else { "no" }

                # Repeats text n times; callers keep n small.
                repeat_text(text: String, n: Int) -> String =
                    if n <= 0 {
                        ""
                    } else {
                        text ++ repeat_text(text, n - 1)
                    }

                # Number of decimal digits of x (at least 1).
                digit_count(x: Int) -> Int =
                    if x < 10 && x > -10 {
                        1
                    } else {
                        1 + digit_count(x / 10)
                    }

                # Parity by counting down: mutual recursion.
                is_even(n: Int) -> Bool = if n <= 0 { true } else { is_odd(n - 1) }

                is_odd(n: Int) -> Bool = if n <= 0 { false } else { is_even(n - 1) }

                pad_left(text: String, width: Int) -> String = {
                    missing = width - 8
                    if missing > 0 {
                        repeat_text(" ", missing % 16) ++ text
                    } else {
                        text
                    }
                }

                label_value(label: String, value: Int) -> String = "${label}: ${value} (even: ${yes_no(is_even(value % 16))})"

                """;
        text.lines().forEach(out::add);
        helpers.add(new Fn("abs_int", List.of(Ty.INT), Ty.INT, -1));
        helpers.add(new Fn("max_int", List.of(Ty.INT, Ty.INT), Ty.INT, -1));
        helpers.add(new Fn("min_int", List.of(Ty.INT, Ty.INT), Ty.INT, -1));
        helpers.add(new Fn("clamp_int", List.of(Ty.INT, Ty.INT, Ty.INT), Ty.INT, -1));
        helpers.add(new Fn("yes_no", List.of(Ty.BOOL), Ty.STRING, -1));
        helpers.add(new Fn("repeat_text", List.of(Ty.STRING, Ty.INT), Ty.STRING, 1));
        helpers.add(new Fn("digit_count", List.of(Ty.INT), Ty.INT, -1));
        helpers.add(new Fn("is_even", List.of(Ty.INT), Ty.BOOL, 0));
        helpers.add(new Fn("is_odd", List.of(Ty.INT), Ty.BOOL, 0));
        helpers.add(new Fn("pad_left", List.of(Ty.STRING, Ty.INT), Ty.STRING, -1));
        helpers.add(new Fn("label_value", List.of(Ty.STRING, Ty.INT), Ty.STRING, -1));
        helpers.forEach(f -> usedNames.add(f.name()));
    }

    // ---- sections ----

    private void section(int index, List<Plan> plans) {
        String topic = TOPICS[index % TOPICS.length] + (index / TOPICS.length > 0 ? index / TOPICS.length : "");
        String prefix = topic + "_" + index;
        // Kinds: recursion needs room for its if/else (7 lines) and a comment.
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            int roll = random.nextInt(100);
            if (p.lines >= 8 && i + 1 < plans.size() && plans.get(i + 1).lines >= 8 && roll < 12) {
                Plan q = plans.get(i + 1);
                p.kind = Kind.PAIR;
                q.kind = Kind.PAIR;
                p.partner = q;
                q.partner = p;
                i++;
            } else if (p.lines >= 8 && roll < 30) {
                p.kind = Kind.RECURSIVE;
            }
        }
        for (Plan p : plans) {
            if (p.kind == Kind.PAIR && p.partner.fn != null) {
                signature(p, prefix, p.partner.fn.result());
            } else {
                signature(p, prefix, null);
            }
        }
        // Ranks: a shuffled order of single functions and pairs; calls go down in rank only.
        List<List<Plan>> units = new ArrayList<>();
        for (Plan p : plans) {
            if (p.kind != Kind.PAIR) units.add(List.of(p));
            else if (plans.indexOf(p) < plans.indexOf(p.partner)) units.add(List.of(p, p.partner));
        }
        Collections.shuffle(units, random);
        int rank = 1;
        for (List<Plan> unit : units) {
            for (Plan p : unit) p.rank = rank++;
        }
        for (Plan p : plans) {
            if (p.rank <= 2) entries.add(p.fn);
        }
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            List<Fn> callable = new ArrayList<>(helpers);
            int below = p.kind == Kind.PAIR ? Math.min(p.rank, p.partner.rank) : p.rank;
            for (Plan q : plans) if (q.rank < below) callable.add(q.fn);
            String comment = !p.comment ? null
                    : i == 0 ? "# ---- " + topic + " (section " + index + ") ----"
                    : String.format(COMMENTS[random.nextInt(COMMENTS.length)], ExpressionGenerator.NOUNS[random.nextInt(ExpressionGenerator.NOUNS.length)]);
            int before = out.size();
            function(p, callable, comment);
            if (out.size() - before != p.lines) {
                throw new IllegalStateException(p.fn.name() + " has " + (out.size() - before) + " lines, planned " + p.lines);
            }
            out.add("");
        }
    }

    private void signature(Plan p, String prefix, Ty pairResult) {
        String name;
        do {
            name = prefix + "_" + VERBS[random.nextInt(VERBS.length)] + "_" + ExpressionGenerator.NOUNS[random.nextInt(ExpressionGenerator.NOUNS.length)];
        } while (!usedNames.add(name));
        int roll = random.nextInt(100);
        // Fully annotated (a declared type), partly, or not at all.
        int style = roll < 40 ? 2 : roll < 70 ? 1 : 0;
        List<Ty> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> annotated = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int fuel = -1;
        if (p.kind != Kind.PLAIN) {
            fuel = 0;
            types.add(Ty.INT);
            names.add(FUEL_NAMES[random.nextInt(FUEL_NAMES.length)]);
            annotated.add(style == 2 || (style == 1 && random.nextBoolean()));
        }
        int count = 1 + random.nextInt(3) - (fuel >= 0 ? 1 : 0) + (fuel >= 0 ? random.nextInt(2) : 0);
        for (int i = 0; i < count; i++) {
            Ty t = randomValueType();
            String[] pool = PARAM_NAMES.get(t);
            String pname;
            do {
                pname = pool[random.nextInt(pool.length)];
            } while (!taken.add(pname));
            types.add(t);
            names.add(pname);
            annotated.add(style == 2 || (style == 1 && random.nextBoolean()));
        }
        Ty result = pairResult != null ? pairResult
                : random.nextInt(10) == 0 ? Ty.UNIT : randomValueType();
        p.resultAnnotated = style == 2 || (style == 1 && random.nextBoolean());
        p.paramNames = names;
        p.paramAnnotated = annotated;
        p.fn = new Fn(name, List.copyOf(types), result, fuel);
    }

    private Ty randomValueType() {
        int r = random.nextInt(10);
        return r < 5 ? Ty.INT : r < 8 ? Ty.STRING : Ty.BOOL;
    }

    // ---- functions ----

    private void function(Plan p, List<Fn> callable, String comment) {
        expressions.startFunction();
        Fn fn = p.fn;
        if (comment != null) out.add(comment);
        StringBuilder header = new StringBuilder(fn.name()).append('(');
        Scope scope = new Scope(new LinkedHashMap<>(), new HashSet<>());
        for (int i = 0; i < fn.params().size(); i++) {
            if (i > 0) header.append(", ");
            header.append(p.paramNames.get(i));
            if (p.paramAnnotated.get(i)) header.append(": ").append(fn.params().get(i).written);
            scope.vars.put(p.paramNames.get(i), fn.params().get(i));
            scope.params.add(p.paramNames.get(i));
        }
        header.append(')');
        if (p.resultAnnotated) header.append(" -> ").append(fn.result().written);
        header.append(" = {");
        out.add(header.toString());
        int budget = p.lines - 2 - (comment != null ? 1 : 0);
        if (p.kind == Kind.PLAIN) {
            statements(scope, 1, budget - 1, true, callable);
            line(1, finalExpr(fn.result(), scope, callable));
        } else {
            statements(scope, 1, budget - 5, true, callable);
            String fuel = p.paramNames.get(0);
            Fn next = p.kind == Kind.PAIR ? p.partner.fn : fn;
            line(1, "if " + fuel + " <= 0 {");
            line(2, finalExpr(fn.result(), scope, callable));
            line(1, "} else {");
            StringBuilder call = new StringBuilder(next.name()).append('(').append(fuel).append(" - 1");
            for (int i = 1; i < next.params().size(); i++) {
                call.append(", ").append(expressions.expr(next.params().get(i), scope, 1, List.of()).text());
            }
            line(2, call.append(')').toString());
            line(1, "}");
        }
        out.add("}");
    }

    /** The value of a block: for Unit a println, otherwise an expression over what is in scope. */
    private String finalExpr(Ty t, Scope scope, List<Fn> callable) {
        if (t == Ty.UNIT) return "println(" + expressions.stringExpr(scope, 2, callable).text() + ")";
        return expressions.expr(t, scope, 2, callable).text();
    }

    /** Exactly {@code budget} lines of statements. */
    private void statements(Scope scope, int indent, int budget, boolean typedLets, List<Fn> callable) {
        while (budget > 0) {
            int roll = random.nextInt(100);
            if (budget >= 5 && roll < 22) {
                budget -= ifChain(scope, indent, budget, callable);
            } else if (budget >= 4 && roll < 32) {
                budget -= nestedBlock(scope, indent, budget, callable);
            } else if (budget >= 3 && roll < 40) {
                ifStatement(scope, indent, callable);
                budget -= 3;
            } else {
                simpleStatement(scope, indent, typedLets, callable);
                budget--;
            }
        }
    }

    private void simpleStatement(Scope scope, int indent, boolean typedLets, List<Fn> callable) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            Ty t = randomValueType();
            String value = expressions.expr(t, scope, 2, callable).text();
            String name = localName(t, scope);
            // An annotated binding only where no expression precedes the block (not in an if's block).
            String annotation = typedLets && random.nextInt(6) == 0 ? ": " + t.written : "";
            line(indent, name + annotation + " = " + value);
            scope.vars.put(name, t);
        } else if (roll < 80) {
            line(indent, expressions.unitExpr(scope, callable));
        } else if (roll < 90) {
            line(indent, String.format(COMMENTS[random.nextInt(COMMENTS.length)], ExpressionGenerator.NOUNS[random.nextInt(ExpressionGenerator.NOUNS.length)]));
        } else {
            List<String> ints = scope.named(Ty.INT);
            String name = ints.isEmpty() ? null : ints.get(random.nextInt(ints.size()));
            if (name != null && !scope.params.contains(name)) {
                line(indent, name + " = " + name + " + " + expressions.smallInt());
            } else {
                line(indent, "print(" + expressions.stringExpr(scope, 1, callable).text() + ")");
            }
        }
    }

    /** {@code x = if c { a } else if d { b } else { c }}, arms of one or two lines; returns its lines. */
    private int ifChain(Scope scope, int indent, int budget, List<Fn> callable) {
        Ty t = randomValueType();
        int arms = Math.min(2 + random.nextInt(3), (budget - 1) / 2);
        int slack = budget - (2 * arms + 1);
        String name = localName(t, scope);
        String cond = expressions.boolExpr(scope, 2, callable).text();
        line(indent, name + " = if " + cond + " {");
        int used = 1;
        for (int arm = 0; arm < arms; arm++) {
            Scope inner = scope.child();
            if (slack > 0 && random.nextInt(3) == 0) {
                slack--;
                used++;
                Ty tt = randomValueType();
                String temp = localName(tt, inner);
                line(indent + 1, temp + " = " + expressions.expr(tt, inner, 2, callable).text());
                inner.vars.put(temp, tt);
            }
            line(indent + 1, expressions.expr(t, inner, 2, callable).text());
            used++;
            if (arm < arms - 2) {
                line(indent, "} else if " + expressions.boolExpr(scope, 2, callable).text() + " {");
            } else if (arm == arms - 2) {
                line(indent, "} else {");
            } else {
                line(indent, "}");
            }
            used++;
        }
        scope.vars.put(name, t);
        return used;
    }

    /** {@code x = { statements; value }}; returns its lines. */
    private int nestedBlock(Scope scope, int indent, int budget, List<Fn> callable) {
        Ty t = randomValueType();
        int inner = Math.min(1 + random.nextInt(4), budget - 3);
        String name = localName(t, scope);
        line(indent, name + " = {");
        Scope child = scope.child();
        for (int i = 0; i < inner; i++) simpleStatement(child, indent + 1, true, callable);
        line(indent + 1, expressions.expr(t, child, 2, callable).text());
        line(indent, "}");
        scope.vars.put(name, t);
        return inner + 3;
    }

    private void ifStatement(Scope scope, int indent, List<Fn> callable) {
        if (random.nextInt(25) == 0) {
            List<String> ints = scope.named(Ty.INT);
            String x = ints.isEmpty() ? "0" : ints.get(random.nextInt(ints.size()));
            line(indent, "if " + x + " == -987654321 {");
            line(indent + 1, "exit(" + (2 + random.nextInt(5)) + ")");
        } else {
            line(indent, "if " + expressions.boolExpr(scope, 2, callable).text() + " {");
            line(indent + 1, expressions.unitExpr(scope, callable));
        }
        line(indent, "}");
    }

    /** A name for a new binding: often a fresh one, sometimes shadowing a local of the same type. */
    private String localName(Ty t, Scope scope) {
        if (random.nextInt(10) < 3) {
            List<String> same = scope.named(t);
            same.removeAll(scope.params);
            if (!same.isEmpty()) return same.get(random.nextInt(same.size()));
        }
        String[] pool = LOCAL_NAMES.get(t);
        for (int tries = 0; tries < 8; tries++) {
            String name = pool[random.nextInt(pool.length)];
            if (!scope.vars.containsKey(name)) return name;
        }
        String name;
        int n = 2;
        do {
            name = pool[random.nextInt(pool.length)] + n++;
        } while (scope.vars.containsKey(name));
        return name;
    }

    private void line(int indent, String text) {
        out.add("    ".repeat(indent) + text);
    }

    // ---- main ----

    private void main() {
        int start = out.size();
        out.add("main() = {");
        line(1, "println(\"generated program: " + target + " lines\")");
        line(1, "base = 7");
        line(1, "title = \"run\"");
        line(1, "verbose = false");
        Scope scope = new Scope(new LinkedHashMap<>(), new HashSet<>());
        scope.vars.put("base", Ty.INT);
        scope.vars.put("title", Ty.STRING);
        scope.vars.put("verbose", Ty.BOOL);
        List<Fn> none = List.of();
        // Entry points spread over the whole program.
        int room = MAIN_LINES - 5 - 5;
        int results = 0;
        int step = Math.max(1, entries.size() / (room / 2));
        for (int i = 0; i < entries.size() && out.size() - start + 2 <= 5 + room; i += step) {
            Fn f = entries.get(i);
            StringBuilder call = new StringBuilder(f.name()).append('(');
            for (int a = 0; a < f.params().size(); a++) {
                if (a > 0) call.append(", ");
                call.append(a == f.fuel() ? Integer.toString(3 + random.nextInt(6))
                        : expressions.expr(f.params().get(a), scope, 0, none).text());
            }
            call.append(')');
            if (f.result() == Ty.UNIT) {
                line(1, call.toString());
            } else {
                String name = "r" + results++;
                line(1, name + " = " + call);
                line(1, "println(\"" + f.name() + ": ${" + name + "}\")");
            }
        }
        while (out.size() - start < MAIN_LINES - 5) line(1, "# (no more entry points)");
        line(1, "if base != 7 {");
        line(2, "exit(1)");
        line(1, "}");
        line(1, "println(\"done\")");
        out.add("}");
    }
}
