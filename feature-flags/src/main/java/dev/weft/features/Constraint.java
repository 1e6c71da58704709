package dev.weft.features;

import java.util.Objects;

/**
 * A rule between two choices of different features: when {@code feature} is
 * {@code alternative}, {@code other} must be (REQUIRES) or must not be
 * (EXCLUDES) {@code otherAlternative}. The reason is shown to the user.
 */
public record Constraint(String feature, String alternative, Kind kind, String other, String otherAlternative,
        String reason) {

    public enum Kind { REQUIRES, EXCLUDES }

    public Constraint {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(otherAlternative, "otherAlternative");
        Objects.requireNonNull(reason, "reason");
        if (feature.equals(other)) {
            throw new IllegalArgumentException("a constraint relates two different features, not " + feature + " to itself");
        }
    }

    public static Constraint requires(String feature, String alternative, String other, String otherAlternative,
            String reason) {
        return new Constraint(feature, alternative, Kind.REQUIRES, other, otherAlternative, reason);
    }

    public static Constraint excludes(String feature, String alternative, String other, String otherAlternative,
            String reason) {
        return new Constraint(feature, alternative, Kind.EXCLUDES, other, otherAlternative, reason);
    }

    /** Whether the two choices, if both are in a vector, break this rule. */
    boolean violatedBy(Choice a, Choice b) {
        if (!a.feature().name().equals(feature) || !a.alternative().name().equals(alternative)) return false;
        if (!b.feature().name().equals(other)) return false;
        boolean same = b.alternative().name().equals(otherAlternative);
        return kind == Kind.REQUIRES ? !same : same;
    }

    @Override
    public String toString() {
        return feature + "=" + alternative + (kind == Kind.REQUIRES ? " requires " : " excludes ") + other + "="
                + otherAlternative;
    }
}
