package dev.weft.frontend;

/**
 * The compiler's limits on what a source may be, in one place; docs/diagnostics.md
 * lists them. Each is far beyond what people write, and each ends compilation
 * with E0007 naming it, instead of with a crash, a hang or an exhausted stack.
 */
public final class Limits {
    private Limits() {}

    /**
     * Bytes in one source file: 16 MiB. A 50 MB file of functions would take the
     * frontend minutes and gigabytes (it checks about 160,000 lines/s); a file
     * this size holds a 10 MB string literal with room to spare.
     */
    public static final int MAX_SOURCE_BYTES = 16 << 20;

    /**
     * Brackets open at once: {@code ( [ {} and {@code ${}. ANTLR's prediction
     * takes time quadratic in this depth (10,000 parentheses took 26 s, 30,000
     * took 102 s); at 256 it is instant. Python's parser stops at 200.
     */
    public static final int MAX_NESTING = 256;

    /**
     * Characters in a name: 1,024. Names appear in messages, in the module's name
     * section and in "did you mean" searches; a 1 MB name would make each of
     * those a megabyte.
     */
    public static final int MAX_NAME = 1024;

    /**
     * Levels of one expression's syntax tree, counting each statement of a block
     * and each element of a list literal as one more (they lower to nested lets
     * and conses): 100,000. Every phase recurses over trees; on the compiler's
     * 1 GiB stack ({@link DeepStack}) a 100,000-term sum builds in 8.6 s, and a
     * million-deep chain of unary minus passes the frontend.
     */
    public static final int MAX_DEPTH = 100_000;

    /**
     * Errors shown for one program (warnings apart, as many): the first in source
     * order; the rest are counted, so that a binary file cannot print millions.
     */
    public static final int MAX_ERRORS = dev.weft.frontend.diagnostics.Diagnostics.MAX_KEPT;
}
