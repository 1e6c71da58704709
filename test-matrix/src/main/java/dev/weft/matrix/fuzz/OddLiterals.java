package dev.weft.matrix.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Literal texts at the edges of what the lexer and {@code Literals} accept:
 * the limits of Int (2^63 - 1, 2^63, 2^64 in hex), Floats that overflow or
 * underflow, every escape and a few that are invalid, surrogates and code
 * points past U+10FFFF, and text that looks like interpolation.
 */
final class OddLiterals {
    private OddLiterals() {}

    static final List<String> INTS = List.of(
            "0", "1", "00", "007", "1_000_000", "9223372036854775807", "9223372036854775808",
            "9223372036854775809", "18446744073709551616", "0x7FFFFFFFFFFFFFFF", "0x8000000000000000",
            "0xFFFFFFFFFFFFFFFF", "0x1_0000_0000_0000_0000", "0x_", "0X0", "0xdead_beef", "1__2",
            "99999999999999999999999999999999999999");

    static final List<String> FLOATS = List.of(
            "0.0", "1.0", "0.1", "1e308", "1e309", "1.7976931348623157e308", "4.9e-324", "1e-400",
            "1.0e+10", "1E5", "9_9.9_9", "123456789.123456789e10", "1.0e99999999999", "2.5e-3", "0.0e0");

    static final List<String> CHARS = List.of(
            "'a'", "'\\n'", "'\\0'", "'\\''", "'\\\\'", "'\\u{10FFFF}'", "'\\u{110000}'", "'\\u{D800}'",
            "'\\u{}'", "'\\u{1F600}'", "'\\x41'", "'\\q'", "'ab'", "'\u00e9'", "'\ud83d\ude00'", "'\\u{0000041}'",
            "'\\u41'", "'\\$'");

    /** Replacements for the text between a string's quotes (STR_TEXT). */
    static final List<String> STRING_TEXTS = List.of(
            "", "\\n\\t\\r\\\\\\\"", "\\u{0}", "\\u{10FFFF}", "\\u{110000}", "\\u{D800}", "\\u{", "\\q", "$",
            "$$", "\\${x}", "\u00e9\ud83d\ude00\\u{1F600}", "%d %s", "\\", "\\0\\0", "\t", "\u0000");

    /** Whole literals of any kind, for a literal that changes kind. */
    static String anyLiteral(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> pick(r, INTS);
            case 1 -> pick(r, FLOATS);
            case 2 -> pick(r, CHARS);
            case 3 -> "\"" + pick(r, STRING_TEXTS) + "\"";
            default -> r.nextBoolean() ? "true" : "()";
        };
    }

    /** A decimal number of {@code digits} digits. */
    static String digits(Random r, int digits) {
        StringBuilder out = new StringBuilder(digits);
        out.append((char) ('1' + r.nextInt(9)));
        while (out.length() < digits) out.append((char) ('0' + r.nextInt(10)));
        return out.toString();
    }

    static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
