package dev.weft.features;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A runtime feature, as {@code memory}: a name, one line on what it decides,
 * and its alternatives in order; the first is the default.
 */
public record Feature(String name, String description, List<Alternative> alternatives) {

    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        alternatives = List.copyOf(alternatives);
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("feature name must be lower-case words: " + name);
        }
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("feature " + name + " has no alternatives");
        }
        var seen = new HashSet<String>();
        for (Alternative a : alternatives) {
            if (!seen.add(a.name())) {
                throw new IllegalArgumentException("feature " + name + " declares " + a.name() + " twice");
            }
        }
        // The default is what a vector gets when the user says nothing, so it
        // must be buildable and, if it takes a parameter, carry a value.
        Alternative first = alternatives.get(0);
        if (!first.isBuilt()) {
            throw new IllegalArgumentException("default " + name + "=" + first.name() + " must be built");
        }
        if (first.parameter().isPresent() && first.parameter().get().defaultValue().isEmpty()) {
            throw new IllegalArgumentException("default " + name + "=" + first.syntax() + " needs a default value");
        }
    }

    public Alternative defaultAlternative() {
        return alternatives.get(0);
    }

    public boolean isDefault(Alternative a) {
        return a.equals(defaultAlternative());
    }

    public Optional<Alternative> alternative(String altName) {
        return alternatives.stream().filter(a -> a.name().equals(altName)).findFirst();
    }

    public List<Alternative> builtAlternatives() {
        return alternatives.stream().filter(Alternative::isBuilt).toList();
    }

    /** The alternatives' syntax joined by commas: {@code grow, fixed:<MiB>, host}. */
    public String alternativesText() {
        return alternatives.stream().map(Alternative::syntax).collect(Collectors.joining(", "));
    }
}
