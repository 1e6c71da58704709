package dev.weft.shims.internal;

import java.util.Locale;

/**
 * Turns what Chicory throws for a trap into the short phrase Weft prints,
 * close to the spec's trap names so that engines' reports compare:
 * "Trapped on unreachable instruction" becomes "unreachable", and
 * "out of bounds memory access: attempted to access address: 70000 ..."
 * becomes "out of bounds memory access".
 */
public final class Traps {
    private Traps() {}

    public static String describe(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "call stack exhausted";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of host memory";
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String line = msg.lines().findFirst().orElse("").strip();
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("trapped on ")) {
            line = line.substring("trapped on ".length());
            lower = line.toLowerCase(Locale.ROOT);
        }
        if (lower.equals("unreachable instruction")) {
            return "unreachable";
        }
        // Chicory adds details after a colon ("out of bounds memory access:
        // attempted to access address: 70000 ..."); other engines word them
        // differently, so the phrase alone is kept, as the spec names traps.
        int colon = line.indexOf(": ");
        if (colon > 0) {
            line = line.substring(0, colon);
        }
        return line.isEmpty() ? t.getClass().getSimpleName() : Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
