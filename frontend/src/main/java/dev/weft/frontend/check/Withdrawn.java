package dev.weft.frontend.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard library's functions that a program's own types take out of
 * scope. A program may shadow a standard type (its own {@code Task}, its own
 * constructor {@code Ok}); the library's code was written against the
 * standard one, so each library function that names a shadowed type or
 * constructor, or calls a function withdrawn for that reason, is withdrawn
 * too, instead of being checked against the program's type and failing in
 * the library's file (docs/language.md, "Standard library").
 *
 * <p>A function's names are read from its source text, comments left out
 * (string literals kept: they may interpolate calls): a library function
 * whose local or literal merely spells a withdrawn name is withdrawn with it,
 * which the library's own tests would show.
 */
final class Withdrawn {
    private static final Pattern WORDS = Pattern.compile("#[^\\n]*|([A-Za-z_][A-Za-z0-9_]*)");

    private Withdrawn() {}

    /** The withdrawn functions by name, each with the program's type that caused it. */
    static Map<String, String> of(Map<String, Symbol.TopLevel> library, Map<String, String> shadowed) {
        Map<String, String> out = new LinkedHashMap<>();
        if (shadowed.isEmpty()) return out;
        Map<String, String> reasons = new LinkedHashMap<>(shadowed);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Symbol.TopLevel> e : library.entrySet()) {
                if (out.containsKey(e.getKey())) continue;
                String by = firstNamed(e.getValue(), reasons);
                if (by != null) {
                    out.put(e.getKey(), by);
                    reasons.put(e.getKey(), by);
                    changed = true;
                }
            }
        }
        return out;
    }

    private static String firstNamed(Symbol.TopLevel f, Map<String, String> reasons) {
        String text = f.file().text();
        StringBuilder source = new StringBuilder();
        f.signature().ifPresent(s -> source.append(text, s.span().start(), s.span().end()).append('\n'));
        f.clauses().forEach(c -> source.append(text, c.span().start(), c.span().end()).append('\n'));
        Matcher m = WORDS.matcher(source);
        while (m.find()) {
            if (m.group(1) != null && reasons.containsKey(m.group(1))) return reasons.get(m.group(1));
        }
        return null;
    }
}
