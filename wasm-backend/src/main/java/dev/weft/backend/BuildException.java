package dev.weft.backend;

/** A build that cannot go on for a reason the user can fix (not a source error, which is a diagnostic). */
public final class BuildException extends RuntimeException {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
