package dev.weft.matrix.internal.vectors;

import dev.weft.features.FeatureVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pairwise covering array, built greedily in the manner of AETG (Cohen et
 * al., 1997) but deterministic: every pair of values of two different
 * features that some valid vector holds appears in at least one of the
 * vectors. Pairs that no valid vector holds (a constraint forbids them, or
 * they force a forbidden third choice) are not required.
 *
 * <p>Each round builds a few candidate vectors, each seeded with one pair not
 * yet covered, and keeps the one that covers the most uncovered pairs. A
 * candidate is filled feature by feature with the value that covers the most
 * uncovered pairs against the values already placed (the default on a tie),
 * never a value after which no valid completion exists. The first vector is
 * always the defaults.
 */
public final class Pairwise {
    /** Candidates per round: 16 is where more stopped shrinking the arrays of our synthetic models. */
    private static final int CANDIDATES = 16;

    /** Two values of two features, {@code f < g}. */
    public record Pair(int f, int a, int g, int b) {}

    /** The vectors, with how many pairs they had to cover and how many no valid vector can hold. */
    public record CoveringArray(List<FeatureVector> vectors, int requiredPairs, int impossiblePairs) {}

    private Pairwise() {}

    public static CoveringArray of(Domain domain) {
        Set<Pair> uncovered = new LinkedHashSet<>();
        int impossible = 0;
        for (Pair p : allPairs(domain)) {
            int[] a = domain.empty();
            a[p.f()] = p.a();
            a[p.g()] = p.b();
            if (domain.complete(a) != null) uncovered.add(p);
            else impossible++;
        }
        int required = uncovered.size();
        var rows = new ArrayList<int[]>();
        int[] defaults = domain.complete(domain.empty());
        if (defaults == null) throw new IllegalStateException("the model's defaults are not a valid vector");
        rows.add(defaults);
        uncovered.removeAll(pairsOf(defaults));
        while (!uncovered.isEmpty()) {
            int[] best = null;
            int bestGain = -1;
            int tried = 0;
            for (Pair seed : uncovered) {
                if (tried++ == CANDIDATES) break;
                int[] candidate = build(domain, seed, uncovered);
                int gain = 0;
                for (Pair p : pairsOf(candidate)) if (uncovered.contains(p)) gain++;
                if (gain > bestGain) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            rows.add(best);
            uncovered.removeAll(pairsOf(best));
        }
        return new CoveringArray(rows.stream().map(domain::vector).toList(), required, impossible);
    }

    /** Every pair of values of two different features, valid or not. */
    public static List<Pair> allPairs(Domain domain) {
        var pairs = new ArrayList<Pair>();
        for (int f = 0; f < domain.features(); f++) {
            for (int g = f + 1; g < domain.features(); g++) {
                for (int a = 0; a < domain.values(f).size(); a++) {
                    for (int b = 0; b < domain.values(g).size(); b++) pairs.add(new Pair(f, a, g, b));
                }
            }
        }
        return pairs;
    }

    /** The pairs a complete assignment holds. */
    public static List<Pair> pairsOf(int[] row) {
        var pairs = new ArrayList<Pair>();
        for (int f = 0; f < row.length; f++) {
            for (int g = f + 1; g < row.length; g++) pairs.add(new Pair(f, row[f], g, row[g]));
        }
        return pairs;
    }

    private static int[] build(Domain domain, Pair seed, Set<Pair> uncovered) {
        int[] a = domain.empty();
        a[seed.f()] = seed.a();
        a[seed.g()] = seed.b();
        for (int h = 0; h < a.length; h++) {
            if (a[h] >= 0) continue;
            int bestValue = -1;
            int bestScore = -1;
            for (int v = 0; v < domain.values(h).size(); v++) {
                a[h] = v;
                if (domain.complete(a) == null) continue;
                int score = 0;
                for (int x = 0; x < a.length; x++) {
                    if (x == h || a[x] < 0) continue;
                    Pair p = x < h ? new Pair(x, a[x], h, v) : new Pair(h, v, x, a[x]);
                    if (uncovered.contains(p)) score++;
                }
                if (score > bestScore) {
                    bestScore = score;
                    bestValue = v;
                }
            }
            a[h] = bestValue; // the seed pair has a completion, so some value keeps one
        }
        return a;
    }
}
