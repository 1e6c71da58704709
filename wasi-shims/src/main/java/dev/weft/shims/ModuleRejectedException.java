package dev.weft.shims;

/**
 * The engine refused the module before running it: malformed bytes, a
 * validation error, an import it cannot satisfy, or no {@code _start}. Unlike
 * a trap, this is a toolchain bug, not a program's runtime error.
 */
public final class ModuleRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModuleRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
