package dev.weft.frontend.parser;

import java.math.BigInteger;
import java.util.OptionalLong;

/** Decoding of number, character and string literal text. */
final class Literals {
    private Literals() {}

    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * An Int literal's value. Decimal literals may be at most 2^63 - 1, or 2^63
     * right after a minus sign (so that {@code -9223372036854775808} can be
     * written; 2^63 wraps to the minimum, which negation leaves as it is); hex
     * literals give any 64-bit pattern.
     */
    static OptionalLong parseInt(String text, boolean negated) {
        String digits = text.replace("_", "");
        BigInteger value;
        BigInteger limit;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            if (digits.length() == 2) return OptionalLong.empty();
            value = new BigInteger(digits.substring(2), 16);
            limit = TWO_64.subtract(BigInteger.ONE);
        } else {
            value = new BigInteger(digits);
            limit = negated ? TWO_63 : TWO_63.subtract(BigInteger.ONE);
        }
        if (value.compareTo(limit) > 0) return OptionalLong.empty();
        return OptionalLong.of(value.longValue());
    }

    /** Receives the decoded text and reports a bad escape at a code point offset within the literal. */
    interface EscapeErrors {
        void badEscape(int offset, int length, String message);
    }

    /** Decodes backslash escapes: the escapes listed in docs/language.md. */
    static String unescape(String raw, EscapeErrors errors) {
        StringBuilder out = new StringBuilder(raw.length());
        int[] cps = raw.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c != '\\') {
                out.appendCodePoint(c);
                continue;
            }
            if (i + 1 >= cps.length) {
                errors.badEscape(i, 1, "a backslash must start an escape such as \\n or \\\\");
                break;
            }
            int e = cps[++i];
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case '"' -> out.append('"');
                case '\'' -> out.append('\'');
                case '$' -> out.append('$');
                case 'u' -> i = unicodeEscape(cps, i, out, errors);
                default -> errors.badEscape(i - 1, 2, "unknown escape '\\" + Character.toString(e)
                        + "'; valid escapes are \\n \\t \\r \\0 \\\\ \\\" \\' \\$ and \\u{hex}");
            }
        }
        return out.toString();
    }

    private static int unicodeEscape(int[] cps, int u, StringBuilder out, EscapeErrors errors) {
        int i = u + 1;
        if (i >= cps.length || cps[i] != '{') {
            errors.badEscape(u - 1, 2, "a unicode escape is written \\u{hex}, as in \\u{1F600}");
            return u;
        }
        int close = i + 1;
        while (close < cps.length && cps[close] != '}') close++;
        String hex = new String(cps, i + 1, Math.max(0, close - i - 1));
        boolean valid = close < cps.length && !hex.isEmpty() && hex.length() <= 6
                && hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
        int value = valid ? Integer.parseInt(hex, 16) : -1;
        if (!valid || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            errors.badEscape(u - 1, Math.min(close, cps.length - 1) - u + 2,
                    "invalid unicode escape; write \\u{hex} with a code point up to 10FFFF that is not a surrogate");
            return Math.min(close, cps.length - 1);
        }
        out.appendCodePoint(value);
        return close;
    }
}
