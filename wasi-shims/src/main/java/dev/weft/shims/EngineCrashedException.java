package dev.weft.shims;

/**
 * The engine itself failed while the program ran, as no program can make it:
 * the node process was killed or died before the program ended (a signal, a
 * fatal error in V8 or node:wasi), or its loader failed. Unlike a trap, the
 * program's own behaviour is unknown after this; the message says what
 * happened, for the cell a test matrix reports it on.
 */
public final class EngineCrashedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineCrashedException(String message, Throwable cause) {
        super(message, cause);
    }
}
