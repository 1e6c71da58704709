package dev.weft.wasm.text;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Text-format spellings for the printer: identifiers, strings and exact float literals. */
final class Names {
    private Names() {}

    /** {@code $name}, or {@code $"name"} when it has characters an identifier may not. */
    static String id(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7F || "\"(),;[]{}".indexOf(c) >= 0) return "$" + string(name);
        }
        return "$" + name;
    }

    /** {@code base}, or {@code base_2}, {@code base_3}... whichever is not yet in {@code used}; adds it. */
    static String unique(String base, Set<String> used) {
        String name = base;
        for (int n = 2; !used.add(name); n++) name = base + "_" + n;
        return name;
    }

    static String string(String s) {
        return string(s.getBytes(StandardCharsets.UTF_8));
    }

    static String string(byte[] bytes) {
        StringBuilder b = new StringBuilder("\"");
        for (byte x : bytes) {
            int c = x & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                b.append((char) c);
            } else {
                b.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return b.append('"').toString();
    }

    /** Java's shortest round-tripping decimal; inf and nan (with payload) spelled as WAT does. */
    static String f32(float v) {
        if (Float.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (Float.isNaN(v)) {
            int bits = Float.floatToRawIntBits(v);
            return (bits < 0 ? "-" : "") + "nan:0x" + Integer.toHexString(bits & 0x7FFFFF);
        }
        return Float.toString(v);
    }

    static String f64(double v) {
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (Double.isNaN(v)) {
            long bits = Double.doubleToRawLongBits(v);
            return (bits < 0 ? "-" : "") + "nan:0x" + Long.toHexString(bits & 0xF_FFFF_FFFF_FFFFL);
        }
        return Double.toString(v);
    }
}
