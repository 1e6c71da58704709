package dev.weft.features;

import dev.weft.features.internal.StandardFeatures;
import dev.weft.features.internal.VectorParser;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every runtime feature with its alternatives, in a fixed order, and the RTS
 * units every build includes. The one place where features are declared; the
 * rest of the toolchain reads vectors of this model and never tests flag
 * strings itself.
 */
public final class FeatureModel {
    private final List<String> coreUnits;
    private final List<Feature> features;
    private final List<Constraint> constraints;
    private final List<Profile> profiles;

    /**
     * @param coreUnits RTS unit paths every build links first, in order
     * @param features the features in the order vectors list them
     */
    public FeatureModel(List<String> coreUnits, List<Feature> features) {
        this(coreUnits, features, List.of());
    }

    /**
     * @param constraints rules between choices of different features, checked by the verify step
     */
    public FeatureModel(List<String> coreUnits, List<Feature> features, List<Constraint> constraints) {
        this(coreUnits, features, constraints, List.of());
    }

    /**
     * @param profiles each command's defaults ({@link Profile}), every one verified here as a vector is
     */
    public FeatureModel(List<String> coreUnits, List<Feature> features, List<Constraint> constraints,
            List<Profile> profiles) {
        this.coreUnits = List.copyOf(coreUnits);
        this.features = List.copyOf(features);
        this.constraints = List.copyOf(constraints);
        this.profiles = List.copyOf(profiles);
        var names = new HashSet<String>();
        for (Feature f : this.features) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("feature " + f.name() + " declared twice");
            }
        }
        for (Constraint c : this.constraints) {
            for (String[] end : new String[][] {{c.feature(), c.alternative()}, {c.other(), c.otherAlternative()}}) {
                boolean known = feature(end[0]).flatMap(f -> f.alternative(end[1])).isPresent();
                if (!known) throw new IllegalArgumentException("constraint " + c + " names unknown " + end[0] + "=" + end[1]);
            }
        }
        var profileNames = new HashSet<String>();
        for (Profile p : this.profiles) {
            if (!profileNames.add(p.name())) {
                throw new IllegalArgumentException("profile " + p.name() + " declared twice");
            }
            try {
                vector(p);
            } catch (FeatureVectorException e) {
                throw new IllegalArgumentException("profile " + p.name() + " is no valid vector: " + e.getMessage(), e);
            }
        }
    }

    /** A model with more features and constraints (its profiles kept), for tests that plant alternatives of their own. */
    public FeatureModel extendedWith(List<String> moreCoreUnits, List<Feature> moreFeatures, List<Constraint> moreConstraints) {
        var units = new java.util.ArrayList<>(coreUnits);
        units.addAll(moreCoreUnits);
        var fs = new java.util.ArrayList<>(features);
        fs.addAll(moreFeatures);
        var cs = new java.util.ArrayList<>(constraints);
        cs.addAll(moreConstraints);
        return new FeatureModel(units, fs, cs, profiles);
    }

    /** Each command's defaults, in the order {@code weft features} shows them. */
    public List<Profile> profiles() {
        return profiles;
    }

    /** The profile of a command, as {@code run}. */
    public Profile profile(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile " + name + "; profiles: "
                        + profiles.stream().map(Profile::name).collect(Collectors.joining(", "))));
    }

    /** A profile's vector: the model's defaults with the profile's choices on top. */
    public FeatureVector vector(Profile profile) {
        return defaults().overriddenBy(profile.choices());
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /** The standard feature model (`weft features` prints it); one shared instance. */
    public static FeatureModel standard() {
        return StandardFeatures.MODEL;
    }

    public List<Feature> features() {
        return features;
    }

    public List<String> coreUnits() {
        return coreUnits;
    }

    public Optional<Feature> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The feature names joined by commas, in model order. */
    public String featureNamesText() {
        return features.stream().map(Feature::name).collect(Collectors.joining(", "));
    }

    /** The vector that chooses every feature's default. */
    public FeatureVector defaults() {
        return FeatureVector.of(this, List.of());
    }

    /**
     * Parses and verifies a vector's text: comma-separated
     * {@code feature=alternative[:parameter]}; the empty string means all defaults.
     *
     * @throws FeatureVectorException naming what is wrong and the valid values
     */
    public FeatureVector parse(String text) {
        Objects.requireNonNull(text, "text");
        return FeatureVector.of(this, VectorParser.parse(this, text));
    }
}
