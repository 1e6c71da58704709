package dev.weft.wasm.model;

/** Argument checks shared by {@link Load} and {@link Store}. */
final class MemArgs {
    private MemArgs() {}

    static void check(long offset, int align, int width, String op) {
        if (offset < 0 || offset > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(op + ": offset " + offset + " is not a u32");
        }
        if (align <= 0 || Integer.bitCount(align) != 1 || align > width) {
            throw new IllegalArgumentException(
                    op + ": align " + align + " must be a power of two no larger than " + width);
        }
    }
}
