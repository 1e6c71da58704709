package dev.weft.features;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The alternative chosen for one feature, with its parameter value when it
 * takes one. A choice is always well formed (the value is present exactly when
 * the alternative takes a parameter, and in range); whether it is built is
 * checked when it joins a {@link FeatureVector}.
 */
public record Choice(Feature feature, Alternative alternative, OptionalLong value) {

    public Choice {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(value, "value");
        if (!feature.alternatives().contains(alternative)) {
            throw new IllegalArgumentException(alternative.name() + " is not an alternative of " + feature.name());
        }
        if (alternative.parameter().isEmpty() && value.isPresent()) {
            throw new FeatureVectorException(FeatureVectorException.Problem.BAD_PARAMETER,
                    feature.name() + "=" + alternative.name() + " takes no parameter (got '"
                            + alternative.name() + ":" + value.getAsLong() + "'); valid: "
                            + feature.alternativesText());
        }
        if (alternative.parameter().isPresent()) {
            Parameter p = alternative.parameter().get();
            if (value.isEmpty()) {
                throw new FeatureVectorException(FeatureVectorException.Problem.BAD_PARAMETER,
                        feature.name() + "=" + alternative.name() + " needs a parameter: "
                                + takes(feature, alternative, p));
            }
            if (!p.contains(value.getAsLong())) {
                throw new FeatureVectorException(FeatureVectorException.Problem.BAD_PARAMETER,
                        "parameter " + value.getAsLong() + " is out of range in " + feature.name() + "="
                                + alternative.name() + ":" + value.getAsLong() + ": "
                                + takes(feature, alternative, p));
            }
        }
    }

    /** The feature's default: its first alternative, with the parameter's default value. */
    public static Choice defaultOf(Feature feature) {
        Alternative a = feature.defaultAlternative();
        OptionalLong v = a.parameter().map(Parameter::defaultValue).orElse(OptionalLong.empty());
        return new Choice(feature, a, v);
    }

    /**
     * The sentence that says what a parameter must be:
     * {@code fixed takes a size in MiB from 1 to 4096, as in memory=fixed:16}.
     */
    public static String takes(Feature feature, Alternative alternative, Parameter p) {
        return alternative.name() + " takes " + p.meaning() + " from " + p.min() + " to " + p.max()
                + ", as in " + feature.name() + "=" + alternative.name() + ":" + p.example();
    }

    public boolean isDefault() {
        return equals(defaultOf(feature));
    }

    /** Template parameters this choice gives its units. */
    public Map<String, String> templateParameters() {
        return alternative.templateParameters().forValue(value);
    }

    /** The alternative as written in a vector: {@code fixed:64} or {@code grow}. */
    public String alternativeText() {
        return value.isPresent() ? alternative.name() + ":" + value.getAsLong() : alternative.name();
    }

    /** The canonical text of this choice: {@code memory=fixed:64}. */
    @Override
    public String toString() {
        return feature.name() + "=" + alternativeText();
    }
}
