package dev.weft.wasm.model;

/** A module's namespace is inconsistent: a name defined twice, or referenced and never defined. */
public class LinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }
}
