package dev.weft.wasm.text;

/** A place in a text unit, 1-based; printed as {@code source:line:column}. */
public record SourcePos(String source, int line, int column) {
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
