package dev.weft.matrix.fuzz;

/**
 * Bytes read as UTF-8 without refusing any: each byte that does not belong to a
 * well-formed sequence (RFC 3629: no overlong forms, no surrogates, nothing past
 * U+10FFFF) reads as one U+FFFD. The fuzzer lexes a mutant this way to find its
 * tokens, even one with invalid bytes in it, and maps every code point back to
 * the bytes it came from so that an edit or a shrink never splits a sequence.
 *
 * @param codePoints the text
 * @param offsets {@code offsets[i]} is the first byte of code point i; {@code offsets[n]} is the length
 */
record LenientUtf8(int[] codePoints, int[] offsets) {

    static LenientUtf8 decode(byte[] bytes) {
        int[] cps = new int[bytes.length];
        int[] offs = new int[bytes.length + 1];
        int n = 0;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            offs[n] = i;
            cps[n++] = length == 0 ? 0xFFFD : codePoint(bytes, i, length);
            i += Math.max(length, 1);
        }
        offs[n] = bytes.length;
        return new LenientUtf8(java.util.Arrays.copyOf(cps, n), java.util.Arrays.copyOf(offs, n + 1));
    }

    String text() {
        return new String(codePoints, 0, codePoints.length);
    }

    /** The length of the well-formed sequence starting at {@code i}, or 0 when the byte starts none. */
    static int sequenceLength(byte[] b, int i) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) return 1;
        if (b0 >= 0xC2 && b0 <= 0xDF) return continuation(b, i + 1, 0x80, 0xBF) ? 2 : 0;
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            int lo = b0 == 0xE0 ? 0xA0 : 0x80;
            int hi = b0 == 0xED ? 0x9F : 0xBF;
            return continuation(b, i + 1, lo, hi) && continuation(b, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            int lo = b0 == 0xF0 ? 0x90 : 0x80;
            int hi = b0 == 0xF4 ? 0x8F : 0xBF;
            return continuation(b, i + 1, lo, hi) && continuation(b, i + 2, 0x80, 0xBF)
                    && continuation(b, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continuation(byte[] b, int i, int lo, int hi) {
        if (i >= b.length) return false;
        int v = b[i] & 0xFF;
        return v >= lo && v <= hi;
    }

    private static int codePoint(byte[] b, int i, int length) {
        int b0 = b[i] & 0xFF;
        return switch (length) {
            case 1 -> b0;
            case 2 -> (b0 & 0x1F) << 6 | (b[i + 1] & 0x3F);
            case 3 -> (b0 & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
            default -> (b0 & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
        };
    }
}
