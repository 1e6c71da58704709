package dev.weft.backend.rts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.wasm.Wabt;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rts/units/core/floats.wat on Chicory's interpreter against Java oracles
 * ({@link FloatOracle}) and, when node is on PATH, real JavaScript. Random
 * cases are seeded, so a failure repeats; each test reports the first few
 * mismatches together.
 */
class FloatsTest {
    private static final long SEED = 0x5eed_f10a7L;
    static final int RANDOM_SHOW = 100_000;
    static final int RANDOM_FIXED = 20_000;
    static final int RANDOM_EXACT = 300;
    static final int NODE_BATCH = 2_000;

    private static FloatsRuntime rt;

    @BeforeAll
    static void link() {
        rt = new FloatsRuntime();
    }

    /** Collects mismatches; fails with the first ten and the count. */
    private static final class Mismatches {
        private final List<String> first = new ArrayList<>();
        private int count;

        void check(Object expected, Object actual, String what) {
            if (expected.equals(actual)) return;
            if (count++ < 10) first.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }

        void done(int cases) {
            assertEquals(0, count, count + " of " + cases + " cases differ, first:\n" + String.join("\n", first));
        }
    }

    private static double randomDouble(SplittableRandom r) {
        return Double.longBitsToDouble(r.nextLong());
    }

    private static String bits(double x) {
        return x + " (0x" + Long.toHexString(Double.doubleToRawLongBits(x)) + ")";
    }

    // ---- the unit -------------------------------------------------------------

    @Test
    void linkedWithTheDefaultUnitsItValidates() {
        assertEquals("", Wabt.validate(rt.bytes));
    }

    @Test
    void powersOfTenAreTheExactTruncations() {
        byte[] expected = PowersOfTen.bytes();
        assertArrayEquals(expected, rt.memory().readBytes(PowersOfTen.ADDRESS, expected.length));
    }

    // ---- show -----------------------------------------------------------------

    static final double[] SHOW_CASES = {
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1234.5, -2.5, 0.5, 0.25,
        4.9e-324, -4.9e-324, Double.MIN_VALUE * 2, Double.MIN_VALUE * 3, Double.MIN_VALUE * 7,
        Double.MIN_VALUE * 10, Double.MIN_VALUE * 99, Double.MIN_VALUE * 100, Double.MIN_VALUE * 101,
        Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Math.nextUp(Double.MIN_NORMAL), Double.MAX_VALUE,
        -Double.MAX_VALUE, Math.nextDown(Double.MAX_VALUE), 2.2250738585072011e-308,
        1e-7, 1e-6, 1.5e-7, 1.5e-6, 0.000001234, 0.0000001234, 9.999999999999999e-7, 1e20, 1e21, 1e22, 1e23,
        9.999999999999999e20, 123456789012345680000.0, 1.2345678901234568e21, 1e100, 1e-100, 1e300, 1e-300,
        1e308, 1e-308, 1e-323, 2e-323, 9007199254740992.0, 9007199254740993.0, 9007199254740991.0, 4503599627370496.0,
        4503599627370495.5, 18014398509481984.0, 0x1p60, 0x1p63, 0x1p64, 0x1p-1022, 0x1p-1074, 0x1p1023, 0x1.fffffffffffffp1023,
        Math.PI, Math.E, -Math.PI * 1e100, 299792458.0, 6.02214076e23, 6.62607015e-34, 1.602176634e-19,
        5e-324, 8.41e21, 5.0e-7, 5.0e-6, 0.1e-6, 123e-9, 1.7976931348623157e308, 2.0 / 3e10,
        Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, (double) 0.1f, (double) 1.1f, 1e15, 1e16, 1e17, 1e18,
        1.0000000000000002, 0.9999999999999999, 1.9999999999999998, 100.00000000000001, 4.35, 4.345, 0.015, 0.035,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000000L),
    };

    @Test
    void showsAsJavaScriptDoesWithPointZero() {
        assertEquals("0.1", rt.show(0.1));
        assertEquals("100.0", rt.show(100.0));
        assertEquals("0.30000000000000004", rt.show(0.1 + 0.2));
        assertEquals("1e+21", rt.show(1e21));
        assertEquals("100000000000000000000.0", rt.show(1e20));
        assertEquals("123456789012345680000.0", rt.show(123456789012345680000.0));
        assertEquals("1e-7", rt.show(1e-7));
        assertEquals("1.5e-7", rt.show(1.5e-7));
        assertEquals("0.000001", rt.show(1e-6));
        assertEquals("5e-324", rt.show(Double.MIN_VALUE));
        assertEquals("-5e-324", rt.show(-Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", rt.show(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", rt.show(Double.MIN_NORMAL));
        assertEquals("0.0", rt.show(0.0));
        assertEquals("0.0", rt.show(-0.0));
        assertEquals("-2.5", rt.show(-2.5));
        assertEquals("NaN", rt.show(Double.NaN));
        assertEquals("Infinity", rt.show(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", rt.show(Double.NEGATIVE_INFINITY));
        assertEquals("9007199254740992.0", rt.show(9007199254740993.0));
    }

    @Test
    void showsHandPickedCasesAsTheOracle() {
        Mismatches m = new Mismatches();
        int n = 0;
        for (double x : SHOW_CASES) {
            for (double y : new double[] {x, -x, Math.nextUp(x), Math.nextDown(x)}) {
                m.check(FloatOracle.show(y), rt.show(y), "show " + bits(y));
                n++;
            }
        }
        // every power of ten a double comes near, and its neighbours
        for (int e = -325; e <= 309; e++) {
            double x = Double.parseDouble("1e" + e);
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x)}) {
                m.check(FloatOracle.show(y), rt.show(y), "show " + bits(y));
                n++;
            }
        }
        // powers of two: the irregular spacing below each
        for (int e = -1074; e <= 1023; e++) {
            double x = Math.scalb(1.0, e);
            m.check(FloatOracle.show(x), rt.show(x), "show " + bits(x));
            n++;
        }
        m.done(n);
    }

    /** 100,000 random bit patterns: show as the oracle, and show then parse is the identity. */
    @Test
    void showsRandomDoublesAndReadsThemBack() {
        SplittableRandom r = new SplittableRandom(SEED);
        Mismatches m = new Mismatches();
        for (int i = 0; i < RANDOM_SHOW; i++) {
            double x = randomDouble(r);
            String shown = rt.show(x);
            m.check(FloatOracle.show(x), shown, "show " + bits(x));
            Double back = rt.parse(shown);
            double expected = Double.isNaN(x) ? Double.NaN : x == 0 ? 0.0 : x;
            m.check(bits(expected), back == null ? "not a Float" : bits(back), "parse " + shown);
        }
        m.done(RANDOM_SHOW);
    }

    // ---- parse ----------------------------------------------------------------

    static final String[] PARSE_VALID = {
        "0", "-0", "+0", "0.0", "-0.0", "00", "007", "1", "42", "-42", "+42", "3.14", "1e-9", "1E-9", "1.5e+00", "1.5E+00",
        "1e5", "1e+5", "1_000", "1_000.25", "1__0.0_1", "1_", "1_.5", "1.5_e3", "0.1", "0.30000000000000004",
        "100.0", "1e+21", "1e21", "5e-324", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
        "2.4703282292062327208828439643411068618252990130716238221279284125033775364e-324",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309", "1e400", "-1e400", "1e-400", "-1e-400",
        "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999999", "123456789012345678901234567890",
        "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126", "9007199254740993", "9007199254740993.0000000000001",
        "9007199254740992.9999999999999", "9007199254740995", "8.41e21", "1e23", "8.98846567431158e307",
        "0.000000000000000000000000000000000000000000000000000000000000000000000000000001",
        "12345678901234567890123456789012345678901234567890e-50", "7.0e-10", "0.1e1", "123.456e-2", "6.02214076e23",
        "NaN", "Infinity", "+Infinity", "-Infinity", "4503599627370496.5", "4503599627370497.5", "1.5e-7", "100000000000000000000.0",
        "2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763062690663332647565300009245888316433037779791869612049497390377829704905051080609940730262937128958950003583799967207254304360284078895771796150945516748243471030702609144621572289880258182545180325707018860872113128079512233426288368622321503775666622503982534335974568884423900265498198385487948292206894721689831099698365846814022854243330660339850886445804001034933970427567186443383770486037861622771738545623065874679014086723327636718749999999999999999999999999999999999999e-308",
    };

    static final String[] PARSE_INVALID = {
        "", " ", " 1", "1 ", "+", "-", ".", ".5", "5.", "-.5", "1._5", "_1", "1e", "1e+", "1e-", "1e_5", "1e5_",
        "1.5.5", "1..5", "1.5e5.5", "e5", "0x10", "0x1p3", "1f", "1d", "NaN ", "nan", "-NaN", "+NaN", "inf", "infinity",
        "Infinityx", "INFINITY", "--1", "+-1", "1-", "1e--5", "١", "1,5", "1\u00005", "Infinit",
    };

    @Test
    void parsesTheLiteralSyntax() {
        Mismatches m = new Mismatches();
        for (String s : PARSE_VALID) {
            double expected = Double.parseDouble(s.replace("_", ""));
            Double actual = rt.parse(s);
            m.check(bits(expected), actual == null ? "not a Float" : bits(actual), "parse " + s);
        }
        m.done(PARSE_VALID.length);
        for (String s : PARSE_INVALID) assertNull(rt.parse(s), () -> "'" + s + "' is not a Float");
    }

    /** Java's own layout (1.0E-5, 1.2345E300) reads too, for the same random doubles' digits. */
    @Test
    void parsesJavasShortestDigits() {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        Mismatches m = new Mismatches();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(randomDouble(r));
            if (!Double.isFinite(x)) continue;
            String s = Double.toString(x);
            Double back = rt.parse(s);
            m.check(bits(x), back == null ? "not a Float" : bits(back), "parse " + s);
        }
        m.done(n);
    }

    /**
     * The slow path: a double's exact expansion (up to 767 significant digits),
     * the exact midpoint to the next double (ties to even), and a hair either
     * side of that midpoint.
     */
    @Test
    void parsesLongDigitStringsAndTiesCorrectly() {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        Mismatches m = new Mismatches();
        for (int i = 0; i < RANDOM_EXACT; i++) {
            double x = Math.abs(randomDouble(r));
            if (i % 3 == 0) x = Math.scalb(x, -1023 - r.nextInt(60)); // subnormals and near them
            if (!Double.isFinite(x) || x == Double.MAX_VALUE) continue;
            double up = Math.nextUp(x);
            BigDecimal exact = new BigDecimal(x);
            BigDecimal mid = exact.add(new BigDecimal(up)).divide(BigDecimal.TWO);
            BigDecimal hair = BigDecimal.ONE.movePointLeft(mid.scale() + 3);
            boolean xEven = (Double.doubleToRawLongBits(x) & 1) == 0;
            check(m, exact.toString(), x);
            check(m, mid.toString(), xEven ? x : up);
            check(m, mid.add(hair).toPlainString(), up);
            check(m, mid.subtract(hair).toString(), x);
        }
        m.done(RANDOM_EXACT * 4);
    }

    private static void check(Mismatches m, String s, double expected) {
        assertEquals(bits(expected), bits(Double.parseDouble(s)), "the oracle itself on " + s);
        Double actual = rt.parse(s);
        m.check(bits(expected), actual == null ? "not a Float" : bits(actual), "parse " + s);
    }

    // ---- fixed ----------------------------------------------------------------

    @Test
    void fixedRoundsTheExactValueHalfToEven() {
        assertEquals("0.12", rt.fixed(0.125, 2));
        assertEquals("0.38", rt.fixed(0.375, 2));
        assertEquals("2", rt.fixed(2.5, 0));
        assertEquals("4", rt.fixed(3.5, 0));
        assertEquals("0", rt.fixed(0.5, 0));
        assertEquals("1", rt.fixed(0.5000000000000001, 0));
        assertEquals("0.99", rt.fixed(0.995, 2)); // 0.995 is 0.99499999999999999555910790149937...
        assertEquals("1.00", rt.fixed(1.005, 2)); // 1.00499999999999989341858963598497211933135986328125
        assertEquals("0.10000000000000000555", rt.fixed(0.1, 20));
        assertEquals("-0.00", rt.fixed(-0.0, 2));
        assertEquals("-0", rt.fixed(-0.0, 0));
        assertEquals("-0.00", rt.fixed(-0.001, 2));
        assertEquals("-0.01", rt.fixed(-0.005000000000000001, 2));
        assertEquals("0.000", rt.fixed(0.0, 3));
        assertEquals("nan", rt.fixed(Double.NaN, 2));
        assertEquals("nan", rt.fixed(Double.longBitsToDouble(0xfff8000000000000L), 2));
        assertEquals("inf", rt.fixed(Double.POSITIVE_INFINITY, 2));
        assertEquals("-inf", rt.fixed(Double.NEGATIVE_INFINITY, 0));
        assertEquals("1000000000000000000000", rt.fixed(1e21, 0));
        assertEquals("100000000000000000000.0", rt.fixed(1e20, 1));
        assertEquals("9.9", rt.fixed(9.95, 1)); // 9.949999999999999289...
        assertEquals("10", rt.fixed(9.5, 0));
        assertEquals("1", rt.fixed(0.9, 0));
        assertEquals("0.1", rt.fixed(0.09, 1));
        assertEquals("0.0", rt.fixed(0.04, 1));
        assertEquals("0." + "0".repeat(99) + "1", rt.fixed(1e-100, 100));
        assertEquals("0." + "0".repeat(100), rt.fixed(Double.MIN_VALUE, 100));
        assertEquals(new BigDecimal(Double.MAX_VALUE).toPlainString() + "." + "0".repeat(100),
                rt.fixed(Double.MAX_VALUE, 100));
    }

    static final double[] FIXED_CASES = {
        0.0, -0.0, 0.125, 0.375, 2.5, 3.5, 0.5, 1.5, 0.995, 1.005, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-7, 1e20, 1e21,
        1e22, 123456789.125, 0.045, 1.45, 1.55, 2.675, 1e-100, 5e-101, 4.9e-324, Double.MIN_NORMAL, Double.MAX_VALUE,
        0x1p-60, 0x1p-10, 0x1.8p-3, 999.9995, 0.0005, 0.00049999999999999999, 9.5, 99.5, 999999.5, 0.05, 0.25, 0.75,
    };

    @Test
    void fixedMatchesTheOracleOnHandPickedCases() {
        Mismatches m = new Mismatches();
        int n = 0;
        for (double x : FIXED_CASES) {
            for (double y : new double[] {x, -x, Math.nextUp(x), Math.nextDown(x)}) {
                for (int d : new int[] {0, 1, 2, 3, 5, 10, 17, 20, 30, 50, 99, 100}) {
                    m.check(FloatOracle.fixed(y, d), rt.fixed(y, d), "fixed(" + bits(y) + ", " + d + ")");
                    n++;
                }
            }
        }
        m.done(n);
    }

    /**
     * 20,000 random (x, digits): a quarter random bit patterns, a quarter
     * ordinary magnitudes, a quarter dyadic fractions (exact ties), a quarter
     * short decimals (near ties); digits mostly 0..20, one in ten up to 100.
     */
    @Test
    void fixedMatchesTheOracleOnRandomCases() {
        SplittableRandom r = new SplittableRandom(SEED + 3);
        Mismatches m = new Mismatches();
        for (int i = 0; i < RANDOM_FIXED; i++) {
            double x = switch (i % 4) {
                case 0 -> randomDouble(r);
                case 1 -> (r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(-60, 70));
                case 2 -> r.nextInt(-1 << 20, 1 << 20) / Math.scalb(1.0, r.nextInt(0, 24));
                default -> Double.parseDouble(r.nextInt(-1_000_000, 1_000_000) + "e" + r.nextInt(-8, 3));
            };
            int d = r.nextInt(10) == 0 ? r.nextInt(0, 101) : r.nextInt(0, 21);
            m.check(FloatOracle.fixed(x, d), rt.fixed(x, d), "fixed(" + bits(x) + ", " + d + ")");
        }
        m.done(RANDOM_FIXED);
    }

    @Test
    void fixedDigitsOutsideZeroToHundredIsARuntimeError() {
        for (int d : new int[] {101, -1, Integer.MIN_VALUE}) {
            FloatsRuntime own = new FloatsRuntime();
            assertEquals(70, own.fixedExitCode(1.0, d));
            assertEquals("runtime error: fixed: digits must be from 0 to 100\n",
                    own.stderr.toString(StandardCharsets.UTF_8));
        }
    }

    // ---- against real JavaScript --------------------------------------------

    @Test
    void showAgreesWithNode() throws IOException, InterruptedException {
        String node = onPath("node");
        assumeTrue(node != null, "node is not on PATH: the cross-check against real JavaScript is skipped");
        SplittableRandom r = new SplittableRandom(SEED + 4);
        long[] patterns = new long[NODE_BATCH];
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < NODE_BATCH; i++) {
            patterns[i] = r.nextLong();
            if (i % 8 == 1) patterns[i] &= 0x800fffffffffffffL; // subnormals and zeros
            if (i % 8 == 2) patterns[i] = Double.doubleToRawLongBits(Double.parseDouble("1e" + r.nextInt(-330, 310)));
            hex.append(i == 0 ? "" : ",").append('"').append(Long.toHexString(patterns[i])).append('"');
        }
        String script = "const dv = new DataView(new ArrayBuffer(8));"
                + "for (const h of [" + hex + "]) { dv.setBigUint64(0, BigInt('0x' + h));"
                + " console.log(String(dv.getFloat64(0))); }";
        Process p = new ProcessBuilder(node, "-e", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.split("\n");
        assertEquals(NODE_BATCH, lines.length, out);
        Mismatches m = new Mismatches();
        for (int i = 0; i < NODE_BATCH; i++) {
            String js = lines[i];
            String expected = js.matches("-?[0-9]+") ? (js.equals("0") || js.equals("-0") ? "0.0" : js + ".0") : js;
            double x = Double.longBitsToDouble(patterns[i]);
            m.check(expected, rt.show(x), "show " + bits(x));
        }
        m.done(NODE_BATCH);
    }

    private static String onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }
}
