package dev.weft.features.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user most likely meant, for "did you mean" hints. */
public final class Nearest {
    private Nearest() {}

    /**
     * The candidate closest to {@code typed}: one it is a prefix of, if only one,
     * else the unique one within edit distance 2 (and closer than the
     * candidate's own length, so that "x" does not suggest "gc").
     */
    public static Optional<String> to(String typed, List<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<String> prefixed = candidates.stream().filter(c -> c.startsWith(t)).toList();
        if (prefixed.size() == 1) {
            return Optional.of(prefixed.get(0));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
            int d = distance(t, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        if (best == null || tie || bestDistance > 2 || bestDistance >= best.length()) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Levenshtein distance, with a transposition counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
