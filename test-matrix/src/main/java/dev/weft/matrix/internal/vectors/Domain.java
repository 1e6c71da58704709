package dev.weft.matrix.internal.vectors;

import dev.weft.features.Alternative;
import dev.weft.features.Choice;
import dev.weft.features.Constraint;
import dev.weft.features.Feature;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.FeatureVectorException;
import dev.weft.features.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The values the matrix tries for each feature of a model: every built
 * alternative, a parameterised one represented by a few values (its example,
 * and for the default alternative its default value). Index 0 of every
 * feature's list is its default choice. Vectors are {@code int[]} of indexes
 * into these lists while they are searched, {@code -1} for "not chosen yet".
 */
public final class Domain {
    private final FeatureModel model;
    private final List<List<Choice>> values;

    private Domain(FeatureModel model, List<List<Choice>> values) {
        this.model = model;
        this.values = values;
    }

    /** The domain where a non-default parameterised alternative takes its example value only. */
    public static Domain of(FeatureModel model) {
        var values = new ArrayList<List<Choice>>();
        for (Feature f : model.features()) {
            var choices = new ArrayList<Choice>();
            choices.add(Choice.defaultOf(f));
            for (Alternative a : f.builtAlternatives()) {
                if (f.isDefault(a)) continue;
                OptionalLong v = a.parameter().map(Parameter::example).map(OptionalLong::of).orElse(OptionalLong.empty());
                choices.add(new Choice(f, a, v));
            }
            values.add(List.copyOf(choices));
        }
        return new Domain(model, List.copyOf(values));
    }

    public FeatureModel model() {
        return model;
    }

    public int features() {
        return values.size();
    }

    public List<Choice> values(int feature) {
        return values.get(feature);
    }

    /** An assignment with nothing chosen. */
    public int[] empty() {
        int[] a = new int[features()];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    /** Whether no constraint is broken by two features both already chosen in {@code a}. */
    public boolean consistent(int[] a) {
        for (Constraint c : model.constraints()) {
            int f = indexOf(c.feature());
            int o = indexOf(c.other());
            if (a[f] < 0 || a[o] < 0) continue;
            if (!values(f).get(a[f]).alternative().name().equals(c.alternative())) continue;
            boolean same = values(o).get(a[o]).alternative().name().equals(c.otherAlternative());
            if (c.kind() == Constraint.Kind.REQUIRES ? !same : same) return false;
        }
        return true;
    }

    /**
     * A valid complete assignment that keeps {@code partial}'s choices, or null
     * when there is none: depth-first over the unchosen features, defaults first,
     * checked at the end by the verify step itself ({@link FeatureVector#of}).
     */
    public int[] complete(int[] partial) {
        if (!consistent(partial)) return null;
        int next = -1;
        for (int i = 0; i < partial.length; i++) {
            if (partial[i] < 0) {
                next = i;
                break;
            }
        }
        if (next < 0) return vector(partial) != null ? partial.clone() : null;
        int[] a = partial.clone();
        for (int v = 0; v < values(next).size(); v++) {
            a[next] = v;
            int[] done = complete(a);
            if (done != null) return done;
        }
        return null;
    }

    /** The verified vector of a complete assignment, or null when the verify step refuses it. */
    public FeatureVector vector(int[] a) {
        var given = new ArrayList<Choice>();
        for (int i = 0; i < a.length; i++) given.add(values(i).get(a[i]));
        try {
            return FeatureVector.of(model, given);
        } catch (FeatureVectorException e) {
            return null;
        }
    }

    private int indexOf(String feature) {
        for (int i = 0; i < model.features().size(); i++) {
            if (model.features().get(i).name().equals(feature)) return i;
        }
        throw new IllegalStateException("constraint names unknown feature " + feature);
    }
}
