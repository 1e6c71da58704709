package dev.weft.matrix.internal.vectors;

import dev.weft.features.FeatureVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The defaults, then the defaults with one non-default choice each, in model
 * order. A choice that a constraint forbids alone (it requires another
 * non-default choice) comes with the fewest extra choices that make it valid,
 * found by {@link Domain#complete}; one that no valid vector holds is left out.
 */
public final class Singles {
    private Singles() {}

    public static List<FeatureVector> of(Domain domain) {
        var vectors = new LinkedHashSet<FeatureVector>();
        vectors.add(domain.model().defaults());
        for (int f = 0; f < domain.features(); f++) {
            for (int v = 1; v < domain.values(f).size(); v++) {
                int[] a = domain.empty();
                a[f] = v;
                int[] done = domain.complete(a);
                if (done != null) vectors.add(domain.vector(done));
            }
        }
        return new ArrayList<>(vectors);
    }
}
