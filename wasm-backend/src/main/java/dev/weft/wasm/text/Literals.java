package dev.weft.wasm.text;

import java.math.BigInteger;

/** Numeric literals of the text format: integers (sign, hex, underscores) and floats (decimal, hex, inf, nan). */
final class Literals {
    private static final BigInteger U32_MAX = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Literals() {}

    /** An i32 literal: -2^31 .. 2^32-1, the upper half read as its two's complement. */
    static int i32(SExpr.Atom atom) {
        BigInteger v = integer(atom);
        if (v.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0 || v.compareTo(U32_MAX) > 0) {
            throw new WatSyntaxException(atom.pos(), "i32 constant out of range: " + atom.text());
        }
        return v.intValue();
    }

    static long i64(SExpr.Atom atom) {
        BigInteger v = integer(atom);
        if (v.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0 || v.compareTo(U64_MAX) > 0) {
            throw new WatSyntaxException(atom.pos(), "i64 constant out of range: " + atom.text());
        }
        return v.longValue();
    }

    /** An unsigned literal such as a memory offset, page count or index. */
    static long unsigned(SExpr.Atom atom, String text, long max, String what) {
        BigInteger v = integer(new SExpr.Atom(text, atom.pos()));
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new WatSyntaxException(atom.pos(), what + " out of range 0.." + max + ": " + text);
        }
        return v.longValue();
    }

    static boolean isInteger(String text) {
        return text.matches("[+-]?(0x[0-9a-fA-F_]+|[0-9][0-9_]*)");
    }

    private static BigInteger integer(SExpr.Atom atom) {
        String t = atom.text();
        if (!isInteger(t) || t.contains("__") || t.endsWith("_")) {
            throw new WatSyntaxException(atom.pos(), "expected an integer, got '" + t + "'");
        }
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
        t = t.replace("_", "");
        BigInteger v = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
        return negative ? v.negate() : v;
    }

    static float f32(SExpr.Atom atom) {
        String t = atom.text().replace("_", "");
        boolean negative = t.startsWith("-");
        String mag = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (mag.equals("inf")) return negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        if (mag.startsWith("nan")) {
            int payload = mag.equals("nan") ? 0x400000 : (int) nanPayload(atom, mag, 0x7FFFFF);
            return Float.intBitsToFloat((negative ? 0x8000_0000 : 0) | 0x7F80_0000 | payload);
        }
        try {
            // Hex floats parse through double; only values needing more than 53 bits would round twice.
            return mag.startsWith("0x") ? (float) Double.parseDouble(hexFloat(t)) : Float.parseFloat(t);
        } catch (NumberFormatException e) {
            throw new WatSyntaxException(atom.pos(), "expected an f32 literal, got '" + atom.text() + "'");
        }
    }

    static double f64(SExpr.Atom atom) {
        String t = atom.text().replace("_", "");
        boolean negative = t.startsWith("-");
        String mag = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (mag.equals("inf")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (mag.startsWith("nan")) {
            long payload = mag.equals("nan") ? 1L << 51 : nanPayload(atom, mag, (1L << 52) - 1);
            return Double.longBitsToDouble((negative ? Long.MIN_VALUE : 0) | 0x7FF0_0000_0000_0000L | payload);
        }
        try {
            return Double.parseDouble(mag.startsWith("0x") ? hexFloat(t) : t);
        } catch (NumberFormatException e) {
            throw new WatSyntaxException(atom.pos(), "expected an f64 literal, got '" + atom.text() + "'");
        }
    }

    private static long nanPayload(SExpr.Atom atom, String mag, long max) {
        if (!mag.startsWith("nan:0x")) {
            throw new WatSyntaxException(atom.pos(), "expected nan or nan:0x<payload>, got '" + atom.text() + "'");
        }
        long payload = unsigned(atom, mag.substring(4), max, "NaN payload");
        if (payload == 0) throw new WatSyntaxException(atom.pos(), "NaN payload must be non-zero");
        return payload;
    }

    /** Java needs the binary exponent of a hex float; the text format makes it optional. */
    private static String hexFloat(String t) {
        return t.contains("p") || t.contains("P") ? t : t + "p0";
    }
}
