package dev.weft.features;

import dev.weft.features.FeatureVectorException.Problem;
import dev.weft.features.internal.VectorParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One choice for every feature of a model. Immutable, and verified when made:
 * every vector that exists names only built alternatives, each feature once.
 *
 * <p>Canonical text lists only the non-default choices, in model order,
 * comma-separated ({@code memory=fixed:64}); the all-defaults vector is the
 * empty string. {@code parse(v.toString())} equals {@code v}.
 */
public final class FeatureVector {
    private final FeatureModel model;
    private final Map<Feature, Choice> choices; // every feature, in model order

    private FeatureVector(FeatureModel model, Map<Feature, Choice> choices) {
        this.model = model;
        this.choices = choices;
    }

    /** Parses a vector of the standard model; see {@link FeatureModel#parse}. */
    public static FeatureVector parse(String text) {
        return FeatureModel.standard().parse(text);
    }

    /** The standard model's all-defaults vector. */
    public static FeatureVector defaults() {
        return FeatureModel.standard().defaults();
    }

    /**
     * The verify step: makes a vector from the given choices, defaults for the
     * features not given.
     *
     * @throws FeatureVectorException when a feature is chosen twice, a chosen
     *     alternative is not built yet, or two choices break a constraint
     */
    public static FeatureVector of(FeatureModel model, Collection<Choice> given) {
        Objects.requireNonNull(model, "model");
        var byFeature = new LinkedHashMap<Feature, Choice>();
        for (Choice c : given) {
            if (!model.features().contains(c.feature())) {
                throw new IllegalArgumentException("feature " + c.feature().name() + " is not of this model");
            }
            Choice earlier = byFeature.putIfAbsent(c.feature(), c);
            if (earlier != null) {
                throw new FeatureVectorException(Problem.DUPLICATE_FEATURE,
                        "feature " + c.feature().name() + " is given twice (" + earlier + " and " + c
                                + "); give each feature at most once");
            }
        }
        for (Choice c : byFeature.values()) {
            if (!c.alternative().isBuilt()) {
                throw new FeatureVectorException(Problem.NOT_BUILT,
                        c.feature().name() + "=" + c.alternative().name() + " is not built yet; built alternatives: "
                                + c.feature().builtAlternatives().stream().map(Alternative::syntax)
                                        .collect(Collectors.joining(", ")));
            }
        }
        var all = new LinkedHashMap<Feature, Choice>();
        for (Feature f : model.features()) {
            all.put(f, byFeature.getOrDefault(f, Choice.defaultOf(f)));
        }
        for (Constraint rule : model.constraints()) {
            for (Choice a : all.values()) {
                for (Choice b : all.values()) {
                    if (a != b && rule.violatedBy(a, b)) {
                        throw new FeatureVectorException(Problem.CONSTRAINT, a + " " + (rule.kind() == Constraint.Kind.REQUIRES
                                ? "requires " + rule.other() + "=" + rule.otherAlternative() + " (not " + b + ")"
                                : "cannot be combined with " + b) + ": " + rule.reason());
                    }
                }
            }
        }
        return new FeatureVector(model, Collections.unmodifiableMap(all));
    }

    public FeatureModel model() {
        return model;
    }

    /** Every feature's choice, in model order. */
    public List<Choice> choices() {
        return List.copyOf(choices.values());
    }

    /** The choices that differ from the defaults, in model order. */
    public List<Choice> nonDefaultChoices() {
        return choices.values().stream().filter(c -> !c.isDefault()).toList();
    }

    public boolean isDefault() {
        return nonDefaultChoices().isEmpty();
    }

    public Choice choice(Feature feature) {
        Choice c = choices.get(feature);
        if (c == null) {
            throw new NoSuchElementException("feature " + feature.name() + " is not of this model");
        }
        return c;
    }

    public Choice choice(String featureName) {
        return choice(model.feature(featureName).orElseThrow(
                () -> new NoSuchElementException("no feature " + featureName + "; features: " + model.featureNamesText())));
    }

    /** This vector with one choice replaced, verified again. */
    public FeatureVector with(Choice choice) {
        var given = new ArrayList<Choice>();
        for (Choice c : choices.values()) {
            given.add(c.feature().equals(choice.feature()) ? choice : c);
        }
        return of(model, given);
    }

    /**
     * This vector with the choices written in {@code text} applied on top, the
     * text winning for every feature it names, even when it names a default:
     * how the command line overrides a profile.
     *
     * @throws FeatureVectorException as {@link FeatureModel#parse} does
     */
    public FeatureVector overriddenBy(String text) {
        List<Choice> explicit = VectorParser.parse(model, text);
        of(model, explicit); // the same checks as parse: duplicates, not built
        // All at once, so that choices a constraint ties together (switch=flag and interrupt=flag)
        // are verified together and not one at a time against the profile.
        var given = new LinkedHashMap<Feature, Choice>(choices);
        for (Choice c : explicit) given.put(c.feature(), c);
        return of(model, given.values());
    }

    /** RTS unit paths to link: the core units, then each choice's units in model order. */
    public List<String> units() {
        var units = new LinkedHashSet<String>(model.coreUnits());
        for (Choice c : choices.values()) {
            units.addAll(c.alternative().units());
        }
        return List.copyOf(units);
    }

    /** Template parameters for the units, gathered from every choice. */
    public Map<String, String> templateParameters() {
        var params = new LinkedHashMap<String, String>();
        for (Choice c : choices.values()) {
            c.templateParameters().forEach((k, val) -> {
                if (params.putIfAbsent(k, val) != null) {
                    throw new IllegalStateException("template parameter " + k + " given by two features");
                }
            });
        }
        return Collections.unmodifiableMap(params);
    }

    /** Host capabilities an engine needs to run a module built with this vector. */
    public Set<String> requiredCapabilities() {
        var caps = new TreeSet<String>();
        choices.values().forEach(c -> caps.addAll(c.alternative().capabilities()));
        return Collections.unmodifiableSet(caps);
    }

    /**
     * The imports beyond WASI preview1 that the choices declare, in model order,
     * each once: what a module built with this vector needs of a host besides WASI.
     */
    public List<Alternative.Import> imports() {
        var imports = new LinkedHashSet<Alternative.Import>();
        choices.values().forEach(c -> imports.addAll(c.alternative().imports()));
        return List.copyOf(imports);
    }

    /** Binaryen passes and flags the choices need, in model order, each alternative's list as it is. */
    public List<String> wasmOptPasses() {
        // Concatenated, never de-duplicated: a pass list repeats passes (vacuum runs nine times in
        // -O3's) and flag values ("0" after two different flags), as decision 0018 writes them out.
        var passes = new java.util.ArrayList<String>();
        choices.values().forEach(c -> passes.addAll(c.alternative().wasmOptPasses()));
        return List.copyOf(passes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector v && v.model == model && v.choices.equals(choices);
    }

    @Override
    public int hashCode() {
        return choices.hashCode();
    }

    /** The canonical text: non-default choices in model order, as {@code memory=fixed:64}. */
    @Override
    public String toString() {
        return nonDefaultChoices().stream().map(Choice::toString).collect(Collectors.joining(","));
    }
}
