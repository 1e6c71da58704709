package dev.weft.wasm.text;

import java.util.List;

/** The S-expression layer of the text format: parenthesized lists, atoms and strings. */
sealed interface SExpr {
    SourcePos pos();

    /** A keyword, number, {@code $id} or {@code key=value} immediate. */
    record Atom(String text, SourcePos pos) implements SExpr {}

    /** A string literal with escapes decoded to bytes. */
    record Str(byte[] bytes, SourcePos pos) implements SExpr {
        String utf8() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    record SList(List<SExpr> items, SourcePos pos) implements SExpr {
        /** The head keyword, or null if the list is empty or starts with something else. */
        String head() {
            return !items.isEmpty() && items.getFirst() instanceof Atom a ? a.text() : null;
        }
    }
}
