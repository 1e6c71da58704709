package dev.weft.backend.rts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** What the float conversions must give, computed in Java. */
final class FloatOracle {
    private FloatOracle() {}

    /**
     * JavaScript's Number.prototype.toString, plus ".0" on plain integers and
     * "0.0" for both zeros. The digits are Java's Double.toString's (JDK 19+:
     * shortest, closest), except that Java keeps two digits where one would
     * do (4.9E-324 for 5e-324), so a one-digit decimal that reads back wins.
     */
    static String show(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x == 0) return "0.0";
        double a = Math.abs(x);
        BigDecimal d = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        if (d.precision() == 2) d = oneDigit(a, d);
        String digits = d.unscaledValue().toString();
        int k = digits.length();
        int n = k - d.scale(); // the value is 0.digits x 10^n
        StringBuilder s = new StringBuilder(x < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            s.append(digits).append("0".repeat(n - k)).append(".0");
        } else if (0 < n && n <= 21) {
            s.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            s.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            s.append(digits.charAt(0));
            if (k > 1) s.append('.').append(digits, 1, k);
            s.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return s.toString();
    }

    /** The closest one-digit decimal that reads back to a, if any (ties: even digit); else d. */
    private static BigDecimal oneDigit(double a, BigDecimal d) {
        BigDecimal exact = new BigDecimal(a);
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal c = exact.round(new MathContext(1, mode));
            if (Double.parseDouble(c.toString()) != a) continue;
            if (best == null) {
                best = c;
                continue;
            }
            int cmp = c.subtract(exact).abs().compareTo(best.subtract(exact).abs());
            if (cmp < 0 || cmp == 0 && c.unscaledValue().intValue() % 2 == 0) best = c;
        }
        return best == null ? d : best.stripTrailingZeros();
    }

    /** C's printf("%.*f", digits, x), with Weft's "nan", "inf", "-inf". */
    static String fixed(double x, int digits) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        // C keeps the sign of -0.0 and of negatives that round to zero; BigDecimal has no -0.
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        return negative && !s.startsWith("-") ? "-" + s : s;
    }
}
