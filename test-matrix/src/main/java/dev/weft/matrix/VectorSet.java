package dev.weft.matrix;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.matrix.internal.vectors.Domain;
import dev.weft.matrix.internal.vectors.Pairwise;
import dev.weft.matrix.internal.vectors.RandomVectors;
import dev.weft.matrix.internal.vectors.Singles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Which feature vectors a matrix runs, as written after {@code --vectors}:
 * {@code defaults}, {@code singles}, {@code pairwise}, {@code random:N[:seed]},
 * or an explicit list {@code V;V;...} (an empty entry, or {@code defaults},
 * is the all-defaults vector). Every kind is deterministic for a model, and
 * every vector it gives has passed the verify step ({@link FeatureVector#of}).
 * A parameterised alternative is tried with its example value (memory=fixed:16).
 */
public sealed interface VectorSet {
    /** The seed of {@code random:N} when none is given. */
    long DEFAULT_SEED = 1;

    /** The vectors for a model, in a fixed order, without duplicates. */
    List<FeatureVector> vectors(FeatureModel model);

    /** The text this set was written as; {@code parse(text())} gives it back. */
    String text();

    record Defaults() implements VectorSet {
        public List<FeatureVector> vectors(FeatureModel model) {
            return List.of(model.defaults());
        }

        public String text() {
            return "defaults";
        }
    }

    /** The defaults and every single built non-default alternative on top of them. */
    record SinglesSet() implements VectorSet {
        public List<FeatureVector> vectors(FeatureModel model) {
            return Singles.of(Domain.of(model));
        }

        public String text() {
            return "singles";
        }
    }

    /** A covering array: every valid pair of choices of two features in some vector. */
    record PairwiseSet() implements VectorSet {
        public List<FeatureVector> vectors(FeatureModel model) {
            return Pairwise.of(Domain.of(model)).vectors();
        }

        public String text() {
            return "pairwise";
        }
    }

    record RandomSet(int count, long seed) implements VectorSet {
        public RandomSet {
            if (count < 1) throw new IllegalArgumentException("random:N needs N of at least 1, not " + count);
        }

        public List<FeatureVector> vectors(FeatureModel model) {
            return RandomVectors.of(Domain.of(model), count, seed);
        }

        public String text() {
            return "random:" + count + ":" + seed;
        }
    }

    /** Vectors written out, each verified when the set is used. */
    record Explicit(List<String> texts) implements VectorSet {
        public Explicit {
            texts = List.copyOf(texts);
        }

        public List<FeatureVector> vectors(FeatureModel model) {
            var vectors = new LinkedHashSet<FeatureVector>();
            for (String t : texts) vectors.add(t.strip().equals("defaults") ? model.defaults() : model.parse(t.strip()));
            return new ArrayList<>(vectors);
        }

        public String text() {
            return String.join(";", texts);
        }
    }

    /**
     * Reads what {@code --vectors} was given.
     *
     * @throws IllegalArgumentException naming the valid forms
     */
    static VectorSet parse(String text) {
        String t = text.strip();
        switch (t) {
            case "defaults": return new Defaults();
            case "singles": return new SinglesSet();
            case "pairwise": return new PairwiseSet();
            default: break;
        }
        if (t.startsWith("random")) {
            String[] parts = t.split(":", -1);
            try {
                if (parts[0].equals("random") && (parts.length == 2 || parts.length == 3)) {
                    int n = Integer.parseInt(parts[1]);
                    long seed = parts.length == 3 ? Long.parseLong(parts[2]) : DEFAULT_SEED;
                    return new RandomSet(n, seed);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("'" + t + "' is not random:N or random:N:seed with whole numbers, as in random:20:7");
        }
        if (t.isEmpty() || t.contains("=") || t.contains(";")) {
            return new Explicit(List.of(t.split(";", -1)));
        }
        throw new IllegalArgumentException("unknown vector set '" + t
                + "'; valid: defaults, singles, pairwise, random:N[:seed], or vectors separated by ';' as in 'opt=0;memory=fixed:16,opt=s'");
    }
}
