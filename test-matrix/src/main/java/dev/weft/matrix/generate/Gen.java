package dev.weft.matrix.generate;

import dev.weft.matrix.generate.GenType.Fun;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The state one program's generation shares: the seeded random source, fresh
 * names, the program's data declarations and the functions written so far,
 * and the cost budget that keeps the program quick to run.
 *
 * <p>Cost is counted in calls: a call of a function costs that function's
 * cost, times {@link #multiplier} inside a lambda (which {@code map},
 * {@code filter} or {@code foldl} may call once per element). A body may spend
 * {@link #BODY_BUDGET}, main {@link #MAIN_BUDGET}: about ten thousand calls at
 * most, a few milliseconds on Chicory's interpreter.
 */
final class Gen {
    static final int BODY_BUDGET = 40;
    static final int MAIN_BUDGET = 400;

    /** A function that expressions may call: its signature and what one call of it costs. */
    record Fn(String name, List<GenType> params, GenType result, Kind kind, int cost) {
        enum Kind { PLAIN, COUNTDOWN, LIST_REC, MATCHER, CLAUSES, MAKER, HIGHER, PING_PONG }

        Fun type() { return new Fun(params, result); }

        /** The parameter that counts down to zero, which callers pass as {@code e % 6}. */
        boolean isCounter(int param) { return (kind == Kind.COUNTDOWN || kind == Kind.PING_PONG) && param == 0; }
    }

    final Random random;
    final List<GenType.VariantDecl> variants = new ArrayList<>();
    GenType.RecordDecl record;
    final List<Fn> functions = new ArrayList<>();
    /** Polymorphic helpers the program declares, by name. */
    final List<String> helpers = new ArrayList<>();
    int budget;
    int multiplier = 1;
    private int names;

    Gen(long seed) {
        this.random = new Random(seed);
    }

    String fresh(String prefix) {
        return prefix + (++names);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Spends {@code cost} (times the multiplier) if the budget allows it. */
    boolean spend(int cost) {
        int c = cost * multiplier;
        if (c > budget) return false;
        budget -= c;
        return true;
    }

    /** Runs {@code body} with calls costing {@code times} as much, as inside a lambda. */
    <T> T costlier(int times, Supplier<T> body) {
        int saved = multiplier;
        multiplier = Math.min(multiplier * times, 1_000);
        try {
            return body.get();
        } finally {
            multiplier = saved;
        }
    }

    boolean has(String helper) {
        return helpers.contains(helper);
    }
}
