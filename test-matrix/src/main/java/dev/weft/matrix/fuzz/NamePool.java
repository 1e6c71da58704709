package dev.weft.matrix.fuzz;

import dev.weft.backend.StdLibrary;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftLexer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Names a rename can choose: known ones (the mutant's own identifiers and the
 * standard library's, so that a rename often lands on something that resolves,
 * with another type or arity) and unknown ones (near misses, fresh names,
 * case flips), which must give E0101 and nothing worse.
 */
final class NamePool {
    private static final List<String> STD_LOWER;
    private static final List<String> STD_UPPER;

    static {
        TreeSet<String> lower = new TreeSet<>();
        TreeSet<String> upper = new TreeSet<>();
        for (SourceFile f : StdLibrary.sources()) collect(Lexed.of(f.text().getBytes(StandardCharsets.UTF_8)), lower, upper);
        STD_LOWER = List.copyOf(lower);
        STD_UPPER = List.copyOf(upper);
    }

    private final List<String> lower;
    private final List<String> upper;

    private NamePool(List<String> lower, List<String> upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /** The file's own names, which a rename prefers (two in three), and the library's. */
    static NamePool of(Lexed file) {
        TreeSet<String> lower = new TreeSet<>();
        TreeSet<String> upper = new TreeSet<>();
        collect(file, lower, upper);
        return new NamePool(List.copyOf(lower), List.copyOf(upper));
    }

    private static void collect(Lexed lexed, TreeSet<String> lower, TreeSet<String> upper) {
        for (Lexed.Tok t : lexed.tokens()) {
            if (t.type() == WeftLexer.LOWER_ID) lower.add(lexed.string(t));
            else if (t.type() == WeftLexer.UPPER_ID) upper.add(lexed.string(t));
        }
    }

    /** A known name; lower-case for a lower-case one most of the time, so that most renames still parse. */
    String known(Random r, boolean wasUpper) {
        boolean upperCase = r.nextInt(5) == 0 ? !wasUpper : wasUpper;
        List<String> own = upperCase ? upper : lower;
        List<String> std = upperCase ? STD_UPPER : STD_LOWER;
        List<String> from = !own.isEmpty() && (std.isEmpty() || r.nextInt(3) < 2) ? own : std;
        return from.isEmpty() ? (upperCase ? "Some" : "println") : from.get(r.nextInt(from.size()));
    }

    /** A name nothing defines, most often close to the one it replaces (what a typo gives). */
    static String unknown(Random r, String original) {
        return switch (r.nextInt(6)) {
            case 0 -> original + (char) ('a' + r.nextInt(26));
            case 1 -> original.length() > 1 ? original.substring(0, original.length() - 1) : original + "_";
            case 2 -> swapTwo(r, original);
            case 3 -> Character.isUpperCase(original.charAt(0))
                    ? Character.toLowerCase(original.charAt(0)) + original.substring(1)
                    : Character.toUpperCase(original.charAt(0)) + original.substring(1);
            case 4 -> "zz" + Integer.toString(r.nextInt(1 << 20), 36);
            default -> r.nextBoolean() ? "_" + original : "Xq" + Integer.toString(r.nextInt(1 << 20), 36);
        };
    }

    private static String swapTwo(Random r, String s) {
        if (s.length() < 2) return s + s;
        int i = r.nextInt(s.length() - 1);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
