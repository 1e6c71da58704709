package dev.weft.matrix.internal.vectors;

import dev.weft.features.FeatureVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random valid vectors: each feature's value drawn uniformly from its
 * domain, drawn again when the verify step refuses the result. The same seed
 * gives the same vectors. Duplicates are dropped, so a small model may give
 * fewer than asked for.
 */
public final class RandomVectors {
    /** Draws per vector asked for before giving up: enough for models whose constraints refuse most draws. */
    private static final int DRAWS_PER_VECTOR = 200;

    private RandomVectors() {}

    public static List<FeatureVector> of(Domain domain, int count, long seed) {
        var random = new SplittableRandom(seed);
        var vectors = new LinkedHashSet<FeatureVector>();
        for (long draws = 0; vectors.size() < count && draws < (long) count * DRAWS_PER_VECTOR; draws++) {
            int[] a = new int[domain.features()];
            for (int f = 0; f < a.length; f++) a[f] = random.nextInt(domain.values(f).size());
            FeatureVector v = domain.consistent(a) ? domain.vector(a) : null;
            if (v != null) vectors.add(v);
        }
        return new ArrayList<>(vectors);
    }
}
