package dev.weft.frontend.check;

/** Levenshtein distance, for "did you mean" suggestions. */
final class EditDistance {
    private EditDistance() {}

    /**
     * Names longer than this get no suggestion, nor are suggested: the distance
     * table is quadratic, and a 1 MB identifier against the library's few
     * hundred names would take minutes.
     */
    static final int MAX_LENGTH = 64;

    /** The distance, or {@link Integer#MAX_VALUE} (no suggestion) when either name is longer than {@link #MAX_LENGTH}. */
    static int between(String a, String b) {
        if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) return Integer.MAX_VALUE;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
