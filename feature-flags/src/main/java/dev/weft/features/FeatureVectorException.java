package dev.weft.features;

import java.util.Objects;

/**
 * A feature vector the user wrote is wrong. The message is for the user: it
 * names what is wrong and lists the valid values, so the CLI prints it as it is.
 */
public final class FeatureVectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, a stable code for tools and tests. */
    public enum Problem {
        /** The text is not a comma-separated list of {@code feature=alternative[:parameter]}. */
        MALFORMED,
        UNKNOWN_FEATURE,
        UNKNOWN_ALTERNATIVE,
        /** A parameter is missing, not a value of its kind, out of range, or given where none is taken. */
        BAD_PARAMETER,
        /** The same feature is chosen twice. */
        DUPLICATE_FEATURE,
        /** The alternative is declared but the toolchain cannot build it yet. */
        NOT_BUILT,
        /** Two choices break one of the model's constraints. */
        CONSTRAINT
    }

    private final Problem problem;

    public FeatureVectorException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }
}
