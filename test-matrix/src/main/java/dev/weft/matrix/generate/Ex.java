package dev.weft.matrix.generate;

/**
 * A generated expression's text, and whether it is atomic: a literal, name,
 * call, field, tuple, list or constructor that may stand as an operand as it
 * is. Anything else is parenthesised where it is an operand, so that the
 * generator never depends on operator precedence.
 */
record Ex(String text, boolean atomic) {
    static Ex atom(String text) {
        return new Ex(text, true);
    }

    static Ex compound(String text) {
        return new Ex(text, false);
    }

    /** The text as an operand of an operator, a callee or a field access. */
    String operand() {
        return atomic ? text : "(" + text + ")";
    }
}
