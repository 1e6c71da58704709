package dev.weft.features;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The parameter an alternative takes after a colon, as {@code <MiB>} in
 * {@code fixed:<MiB>}: its kind, its valid range and, for the default
 * alternative only, the value the default vector uses.
 *
 * @param placeholder what the syntax shows between angle brackets ({@code MiB})
 * @param kind the kind of value; it decides how the text is read
 * @param min smallest valid value, inclusive
 * @param max largest valid value, inclusive
 * @param meaning what the value is, to finish "takes ...": {@code "a size in MiB"}
 * @param example a valid value shown in error messages
 * @param defaultValue the value a default vector uses; present only on a
 *     feature's default alternative
 */
public record Parameter(
        String placeholder,
        Kind kind,
        long min,
        long max,
        String meaning,
        long example,
        OptionalLong defaultValue) {

    /** How the parameter's text is read. */
    public enum Kind {
        /** A decimal integer without sign or separators. */
        INTEGER
    }

    public Parameter {
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        if (example < min || example > max) {
            throw new IllegalArgumentException("example " + example + " outside " + min + ".." + max);
        }
        // Fields are not assigned yet in a compact constructor: compare the arguments.
        if (defaultValue.isPresent() && (defaultValue.getAsLong() < min || defaultValue.getAsLong() > max)) {
            throw new IllegalArgumentException("default " + defaultValue + " outside " + min + ".." + max);
        }
    }

    /** An integer parameter without a default value. */
    public static Parameter integer(String placeholder, long min, long max, String meaning, long example) {
        return new Parameter(placeholder, Kind.INTEGER, min, max, meaning, example, OptionalLong.empty());
    }

    /** The same parameter with the value a default vector uses. */
    public Parameter withDefault(long value) {
        return new Parameter(placeholder, kind, min, max, meaning, example, OptionalLong.of(value));
    }

    /** Whether {@code value} lies in the valid range. */
    public boolean contains(long value) {
        return min <= value && value <= max;
    }

    /**
     * Reads the parameter's text; returns empty when it is not a value of this
     * kind at all (range is checked apart, so that the two errors differ).
     */
    public OptionalLong read(String text) {
        return switch (kind) {
            case INTEGER -> {
                if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    yield OptionalLong.empty();
                }
                yield OptionalLong.of(Long.parseLong(text));
            }
        };
    }
}
