package dev.weft.features.internal;

import dev.weft.features.Alternative;
import dev.weft.features.Choice;
import dev.weft.features.Feature;
import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVectorException;
import dev.weft.features.FeatureVectorException.Problem;
import dev.weft.features.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a vector's text into the choices it names, in the order written.
 * Checks syntax, names and parameters; {@code FeatureVector.of} then checks
 * duplicates and build status, so both orders of mistakes get one message.
 */
public final class VectorParser {
    private static final String SHAPE =
            "expected feature=alternative[:parameter], comma-separated, as in memory=fixed:16";

    private VectorParser() {}

    public static List<Choice> parse(FeatureModel model, String text) {
        var choices = new ArrayList<Choice>();
        if (text.isBlank()) {
            return choices;
        }
        for (String raw : text.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new FeatureVectorException(Problem.MALFORMED,
                        "empty choice in '" + text + "': " + SHAPE);
            }
            choices.add(parseChoice(model, item));
        }
        return choices;
    }

    private static Choice parseChoice(FeatureModel model, String item) {
        int eq = item.indexOf('=');
        if (eq < 0) {
            throw new FeatureVectorException(Problem.MALFORMED,
                    "malformed choice '" + item + "': " + SHAPE + hintWithoutEquals(model, item));
        }
        String featureName = item.substring(0, eq).strip();
        String altText = item.substring(eq + 1).strip();
        if (featureName.isEmpty() || altText.isEmpty() || altText.indexOf('=') >= 0) {
            throw new FeatureVectorException(Problem.MALFORMED, "malformed choice '" + item + "': " + SHAPE);
        }
        Feature feature = model.feature(featureName).orElseThrow(() -> new FeatureVectorException(
                Problem.UNKNOWN_FEATURE,
                "unknown feature '" + featureName + "' in '" + item + "'"
                        + didYouMean(featureName, model.features().stream().map(Feature::name).toList())
                        + "features: " + model.featureNamesText()));

        int colon = altText.indexOf(':');
        String altName = colon < 0 ? altText : altText.substring(0, colon).strip();
        Optional<String> paramText = colon < 0 ? Optional.empty() : Optional.of(altText.substring(colon + 1).strip());
        Alternative alt = feature.alternative(altName).orElseThrow(() -> new FeatureVectorException(
                Problem.UNKNOWN_ALTERNATIVE,
                "unknown alternative '" + altName + "' for " + feature.name() + " in '" + item + "'"
                        + didYouMean(altName, feature.alternatives().stream().map(Alternative::name).toList())
                        + "valid: " + feature.alternativesText()));

        if (alt.parameter().isEmpty()) {
            if (paramText.isPresent()) {
                throw new FeatureVectorException(Problem.BAD_PARAMETER,
                        feature.name() + "=" + alt.name() + " takes no parameter (got '" + altText + "'); valid: "
                                + feature.alternativesText());
            }
            return new Choice(feature, alt, OptionalLong.empty());
        }
        Parameter p = alt.parameter().get();
        if (paramText.isEmpty() || paramText.get().isEmpty()) {
            throw new FeatureVectorException(Problem.BAD_PARAMETER,
                    feature.name() + "=" + alt.name() + " needs a parameter: " + Choice.takes(feature, alt, p));
        }
        OptionalLong value = p.read(paramText.get());
        if (value.isEmpty()) {
            throw new FeatureVectorException(Problem.BAD_PARAMETER,
                    "bad parameter '" + paramText.get() + "' in '" + item + "': " + Choice.takes(feature, alt, p));
        }
        return new Choice(feature, alt, value); // checks the range
    }

    private static String didYouMean(String typed, List<String> candidates) {
        return Nearest.to(typed, candidates).map(n -> "; did you mean '" + n + "'? ").orElse("; ");
    }

    /** A lone word: perhaps a feature without its alternative, or an alternative without its feature. */
    private static String hintWithoutEquals(FeatureModel model, String item) {
        Optional<Feature> asFeature = model.feature(item);
        if (asFeature.isPresent()) {
            return "; " + item + " takes one of: " + asFeature.get().alternativesText();
        }
        String name = item.contains(":") ? item.substring(0, item.indexOf(':')) : item;
        List<String> meant = model.features().stream()
                .filter(f -> f.alternative(name).isPresent())
                .map(f -> f.name() + "=" + item)
                .toList();
        if (!meant.isEmpty()) {
            return "; did you mean " + String.join(" or ", meant) + "?";
        }
        return "";
    }
}
