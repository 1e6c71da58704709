package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.Alternative;
import dev.weft.features.Constraint;
import dev.weft.features.Feature;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.FeatureVectorException;
import dev.weft.features.Parameter;
import dev.weft.matrix.internal.vectors.Domain;
import dev.weft.matrix.internal.vectors.Pairwise;
import dev.weft.matrix.internal.vectors.Pairwise.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Vector kinds: singles, the pairwise covering array (checked against brute force), random, explicit lists. */
class VectorSetTest {
    private static final FeatureModel STANDARD = FeatureModel.standard();

    @Test
    void standardSingles() {
        List<String> singles = new VectorSet.SinglesSet().vectors(STANDARD).stream().map(FeatureVector::toString).toList();
        // switch=flag comes with interrupt=flag, which it requires.
        assertEquals(List.of("", "memory=fixed:16", "memory=host", "switch=every", "switch=clock:1000",
                "switch=flag,interrupt=flag", "interrupt=flag", "gc=mark-sweep", "gc=none", "gcstress=every:101", "opt=2",
                "opt=0", "opt=s"), singles);
    }

    @Test
    void standardPairwise() {
        Pairwise.CoveringArray ca = Pairwise.of(Domain.of(STANDARD));
        System.out.println("pairwise, standard model: " + ca.vectors().size() + " vectors for " + ca.requiredPairs()
                + " pairs: " + ca.vectors());
        assertCovers(STANDARD, ca.vectors());
        // memory and gc have three values, switch and opt four, gcstress and interrupt two: 4 x 4 = 16 is the
        // least possible; the greedy array has 19.
        assertEquals(19, ca.vectors().size());
        // switch=flag only where it is valid, with interrupt=flag, and with every value of the other features.
        for (FeatureVector v : ca.vectors()) {
            if (v.choice("switch").alternative().name().equals("flag")) {
                assertEquals("interrupt=flag", v.choice("interrupt").toString(), v.toString());
            }
        }
        for (String other : List.of("memory=fixed:16", "memory=host", "gc=mark-sweep", "gc=none", "gcstress=every:101",
                "opt=2", "opt=0", "opt=s")) {
            assertTrue(ca.vectors().stream().anyMatch(v -> v.choice("switch").alternative().name().equals("flag")
                    && v.choices().stream().anyMatch(c -> c.toString().equals(other))), "switch=flag with " + other);
        }
    }

    @Test
    void syntheticModelsWithConstraints() {
        for (int seed = 1; seed <= 6; seed++) {
            FeatureModel model = synthetic(seed);
            Pairwise.CoveringArray ca = Pairwise.of(Domain.of(model));
            long all = allValid(model).size();
            System.out.println("pairwise, synthetic model " + seed + " (" + model.features().size() + " features, "
                    + model.constraints().size() + " constraints, " + all + " valid vectors): " + ca.vectors().size()
                    + " vectors for " + ca.requiredPairs() + " pairs (" + ca.impossiblePairs() + " impossible)");
            assertCovers(model, ca.vectors());
            assertTrue(ca.vectors().size() < all, "a covering array smaller than all valid vectors");
            assertEquals(ca.vectors(), Pairwise.of(Domain.of(model)).vectors(), "deterministic");
        }
    }

    @Test
    void aPairForcedOutByAThirdChoiceIsNotRequired() {
        // a=x requires c=on, b=y excludes c=on: no valid vector holds a=x with b=y.
        FeatureModel m = model(List.of(feature("a", "x"), feature("b", "y"), feature("c", "on")), List.of(
                Constraint.requires("a", "x", "c", "on", "test"),
                Constraint.excludes("b", "y", "c", "on", "test")));
        Pairwise.CoveringArray ca = Pairwise.of(Domain.of(m));
        // a=x with c=v0, b=y with c=on (the constraints themselves), and a=x with b=y (forced out by c).
        assertEquals(3, ca.impossiblePairs());
        assertCovers(m, ca.vectors());
        assertTrue(ca.vectors().stream().noneMatch(v -> v.toString().contains("a=x,b=y")));
    }

    @Test
    void singlesCompleteAChoiceThatRequiresAnother() {
        FeatureModel m = model(List.of(feature("a", "x"), feature("b", "y")),
                List.of(Constraint.requires("a", "x", "b", "y", "test")));
        List<String> singles = new VectorSet.SinglesSet().vectors(m).stream().map(FeatureVector::toString).toList();
        assertEquals(List.of("", "a=x,b=y", "b=y"), singles);
    }

    @Test
    void randomIsSeededAndValid() {
        FeatureModel m = synthetic(3);
        List<FeatureVector> one = new VectorSet.RandomSet(12, 7).vectors(m);
        assertEquals(one, new VectorSet.RandomSet(12, 7).vectors(m));
        assertEquals(12, one.size());
        assertTrue(!one.equals(new VectorSet.RandomSet(12, 8).vectors(m)));
        for (FeatureVector v : one) assertEquals(v, m.parse(v.toString()));
        // The standard model has 3 x 7 x 3 x 2 x 4 = 504 valid vectors (memory, switch with interrupt: three
        // alternatives with either interrupt and flag with flag, gc, gcstress, opt); asking for more gives them
        // all, once each.
        assertEquals(504, new VectorSet.RandomSet(600, 1).vectors(STANDARD).size());
    }

    @Test
    void parsing() {
        assertEquals(new VectorSet.Defaults(), VectorSet.parse("defaults"));
        assertEquals(new VectorSet.RandomSet(5, VectorSet.DEFAULT_SEED), VectorSet.parse("random:5"));
        assertEquals(new VectorSet.RandomSet(5, 9), VectorSet.parse("random:5:9"));
        assertEquals(List.of("opt=0", "memory=fixed:16,opt=s", ""),
                VectorSet.parse("opt=0;memory=fixed:16,opt=s;defaults").vectors(STANDARD).stream()
                        .map(FeatureVector::toString).toList());
        assertThrows(IllegalArgumentException.class, () -> VectorSet.parse("random:x"));
        assertThrows(IllegalArgumentException.class, () -> VectorSet.parse("triples"));
        assertThrows(FeatureVectorException.class, () -> VectorSet.parse("tailcall=native").vectors(STANDARD));
    }

    /** Every pair some valid vector holds is in one of {@code vectors}, which are all valid. */
    static void assertCovers(FeatureModel model, List<FeatureVector> vectors) {
        Domain d = Domain.of(model);
        Set<Pair> coverable = new HashSet<>();
        for (int[] row : allValid(model)) coverable.addAll(Pairwise.pairsOf(row));
        Set<Pair> covered = new HashSet<>();
        for (FeatureVector v : vectors) {
            assertEquals(v, model.parse(v.toString()), "valid");
            covered.addAll(Pairwise.pairsOf(indexes(d, v)));
        }
        coverable.removeAll(covered);
        assertEquals(Set.of(), coverable, "valid pairs no vector covers");
    }

    /** Brute force: every complete assignment the verify step accepts. */
    static List<int[]> allValid(FeatureModel model) {
        Domain d = Domain.of(model);
        List<int[]> valid = new ArrayList<>();
        int[] a = new int[d.features()];
        while (true) {
            if (d.vector(a) != null) valid.add(a.clone());
            int i = a.length - 1;
            while (i >= 0 && ++a[i] == d.values(i).size()) a[i--] = 0;
            if (i < 0) return valid;
        }
    }

    private static int[] indexes(Domain d, FeatureVector v) {
        int[] a = new int[d.features()];
        for (int f = 0; f < a.length; f++) a[f] = d.values(f).indexOf(v.choice(d.model().features().get(f)));
        return a;
    }

    /** A seeded model of 5 to 8 features with 2 to 4 values and a few constraints between them. */
    static FeatureModel synthetic(int seed) {
        var random = new java.util.Random(seed);
        int n = 5 + random.nextInt(4);
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int values = 2 + random.nextInt(3);
            String[] alts = new String[values - 1];
            for (int j = 1; j < values; j++) alts[j - 1] = "v" + j;
            features.add(feature("f" + i, alts));
        }
        // One parameterised alternative and one not yet built, as in the standard model.
        features.set(0, new Feature("f0", "test", List.of(Alternative.of("v0", "default"),
                Alternative.of("sized", "sized").withParameter(Parameter.integer("n", 1, 64, "a size", 8)),
                Alternative.of("later", "later").withStatus(Alternative.Status.NOT_YET_BUILT))));
        List<Constraint> constraints = new ArrayList<>();
        for (int c = 0; c < 2 + random.nextInt(3); c++) {
            int f = 1 + random.nextInt(n - 1);
            int g = (f + 1 + random.nextInt(n - 1)) % n;
            if (g == f || g == 0) continue;
            Feature ff = features.get(f);
            Feature fg = features.get(g);
            String fa = ff.alternatives().get(1 + random.nextInt(ff.alternatives().size() - 1)).name();
            String ga = fg.alternatives().get(random.nextInt(fg.alternatives().size())).name();
            constraints.add(random.nextBoolean() ? Constraint.requires(ff.name(), fa, fg.name(), ga, "test")
                    : Constraint.excludes(ff.name(), fa, fg.name(), ga, "test"));
        }
        return model(features, constraints);
    }

    static Feature feature(String name, String... nonDefault) {
        List<Alternative> alts = new ArrayList<>();
        alts.add(Alternative.of("v0", "default"));
        for (String a : nonDefault) alts.add(Alternative.of(a, a));
        return new Feature(name, "test feature", alts);
    }

    static FeatureModel model(List<Feature> features, List<Constraint> constraints) {
        return new FeatureModel(List.of(), features, constraints);
    }
}
