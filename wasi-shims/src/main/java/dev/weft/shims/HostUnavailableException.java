package dev.weft.shims;

/**
 * The engine cannot run anything on this machine: {@code node} is not on the
 * PATH, Wasmtime's native library does not load, and so on. The message says
 * which, so that a test matrix reports it as a skip reason.
 */
public final class HostUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HostUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
