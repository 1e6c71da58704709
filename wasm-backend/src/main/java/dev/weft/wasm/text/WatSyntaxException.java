package dev.weft.wasm.text;

/** A text unit is malformed or uses what the reader does not support; the message starts with its position. */
public class WatSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePos pos;

    public WatSyntaxException(SourcePos pos, String message) {
        super(pos + ": " + message);
        this.pos = pos;
    }

    public SourcePos pos() {
        return pos;
    }
}
