package dev.weft.backend.rts;

import java.math.BigInteger;

/**
 * The table of powers of ten in rts/units/core/floats.wat, computed exactly: for each p in
 * {@link #MIN}..{@link #MAX}, the 128-bit T = floor(10^p 2^s) with 2^127 <= T < 2^128, stored as
 * [low 64 bits][high 64 bits], little-endian. {@code FloatsTest} checks the unit against it; run
 * {@link #main} to print the unit's data lines after changing the range.
 */
public final class PowersOfTen {
    static final int MIN = -348;
    static final int MAX = 347;
    /** Where the table lives (Note [Memory map] in rts/units/README.md). */
    static final int ADDRESS = 16384;

    private PowersOfTen() {}

    /** floor(10^p 2^s), normalised to exactly 128 bits. */
    static BigInteger truncated(int p) {
        BigInteger v;
        if (p >= 0) {
            v = BigInteger.TEN.pow(p);
            int n = v.bitLength();
            v = n <= 128 ? v.shiftLeft(128 - n) : v.shiftRight(n - 128);
        } else {
            BigInteger d = BigInteger.TEN.pow(-p);
            v = BigInteger.ONE.shiftLeft(128 + d.bitLength()).divide(d);
            int n = v.bitLength();
            if (n > 128) v = v.shiftRight(n - 128);
        }
        if (v.bitLength() != 128) throw new AssertionError("10^" + p + " not normalised");
        return v;
    }

    /** The table's bytes, as the unit's data segment holds them. */
    static byte[] bytes() {
        byte[] out = new byte[(MAX - MIN + 1) * 16];
        for (int p = MIN; p <= MAX; p++) {
            BigInteger t = truncated(p);
            long lo = t.longValue();
            long hi = t.shiftRight(64).longValue();
            int at = (p - MIN) * 16;
            for (int i = 0; i < 8; i++) {
                out[at + i] = (byte) (lo >>> (8 * i));
                out[at + 8 + i] = (byte) (hi >>> (8 * i));
            }
        }
        return out;
    }

    public static void main(String[] args) {
        byte[] b = bytes();
        StringBuilder s = new StringBuilder();
        for (int p = MIN; p <= MAX; p++) {
            s.append("    \"");
            for (int i = 0; i < 16; i++) s.append(String.format("\\%02x", b[(p - MIN) * 16 + i] & 0xff));
            s.append("\" ;; 1e").append(p).append('\n');
        }
        System.out.print(s);
    }
}
