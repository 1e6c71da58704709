package dev.weft.wasm.binary;

/** The IR cannot be encoded: a branch to a label not in scope, a local of another function, etc. */
public class EncodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EncodeException(String message) {
        super(message);
    }
}
