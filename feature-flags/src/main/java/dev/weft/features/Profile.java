package dev.weft.features;

import java.util.Objects;

/**
 * A command's defaults, decided in the model and nowhere else: the model's
 * defaults with the choices written in {@code choices} on top, as
 * {@code weft run}'s {@code opt=0,interrupt=poll}. A command resolves its
 * vector as the profile's, then {@code --features}, then its -O flags
 * ({@link FeatureModel#vector(Profile)}, {@link FeatureVector#overriddenBy}).
 *
 * @param name the command it is for, as {@code run}
 * @param choices choices in vector syntax, applied over the model's defaults;
 *     empty for the defaults themselves. Written out even where they equal a
 *     default, so that the profile stays what it says when a default changes.
 * @param reason one line on why the command wants these defaults
 */
public record Profile(String name, String choices, String reason) {
    /** {@code weft build}'s: a module to ship. */
    public static final String BUILD = "build";

    /** {@code weft run}'s: a module to run at once, on a host that is Weft's. */
    public static final String RUN = "run";

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(reason, "reason");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("profile name must be lower-case words: " + name);
        }
        if (reason.isBlank() || reason.contains("\n")) {
            throw new IllegalArgumentException("profile " + name + " needs a one-line reason");
        }
    }
}
