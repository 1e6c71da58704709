package dev.weft.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test help for reading printed modules (WatPrinter's output). */
public final class WatFunctions {
    private WatFunctions() {}

    /** The text of the function named {@code name} in a printed module, up to the next function. */
    public static String function(String wat, String name) {
        int start = wat.indexOf("(func $" + name + " ");
        assertTrue(start >= 0, "no function " + name);
        int end = wat.indexOf("\n  (func ", start + 1);
        return wat.substring(start, end < 0 ? wat.length() : end);
    }
}
