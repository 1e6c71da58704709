package dev.weft.matrix.generate;

import dev.weft.matrix.generate.GenType.Data;
import dev.weft.matrix.generate.GenType.Fun;
import dev.weft.matrix.generate.GenType.ListOf;
import dev.weft.matrix.generate.GenType.OptionOf;
import dev.weft.matrix.generate.GenType.Pair;
import dev.weft.matrix.generate.GenType.Param;
import dev.weft.matrix.generate.GenType.Prim;
import dev.weft.matrix.generate.GenType.Rec;
import dev.weft.matrix.generate.GenType.VariantDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Literal values of every type, from pools that reach the edges: Int's limits
 * and wraparound (2^63 - 1, -2^63, 2^62, hex), Floats that overflow, underflow
 * and need the shortest-digits printer, every escape of strings and chars,
 * and non-ASCII text.
 */
final class Literals {
    static final List<String> INTS = List.of("0", "1", "2", "3", "5", "7", "10", "42", "100", "255", "1_000",
            "-1", "-7", "-100", "0xff", "123456789", "9223372036854775807", "-9223372036854775808",
            "4611686018427387904", "0x7fffffffffffffff", "3037000500", "-4294967296");
    /** Small Ints, for literal patterns and counters. */
    static final List<String> SMALL_INTS = List.of("0", "1", "2", "3", "4", "5", "-1", "-2", "7", "10");
    static final List<String> FLOATS = List.of("0.0", "0.5", "1.0", "-2.5", "3.14159", "0.1", "1e10", "1e-7",
            "2.5e-3", "1e300", "123.456", "1.5e+00", "-0.75", "100.0", "6.02e23", "1e21", "0.3");
    static final List<String> CHARS = List.of("'a'", "'z'", "'Q'", "'0'", "' '", "'\\n'", "'\\t'", "'\\''", "'\"'",
            "'\\\\'", "'\\u{e9}'", "'\\u{1F600}'", "'$'", "'\\0'");
    static final List<String> STRINGS = List.of("\"\"", "\"a\"", "\"hello\"", "\"x y\"", "\"tab\\there\"",
            "\"quote\\\"d\"", "\"back\\\\slash\"", "\"cost \\$5\"", "\"caf\\u{e9}\"", "\"\u00fcber\"",
            "\"line\\nbreak\"", "\"\\u{1F600}!\"", "\"a,b,,c\"", "\"-42\"", "\"17\"", "\"2.5\"", "\"1e3\"",
            "\"  spaced  \"", "\"Zebra\"", "\"apple\"");
    /** Text between interpolations: no quote, backslash or dollar, so nothing needs escaping. */
    static final List<String> TEXT = List.of("", " ", "n=", " and ", ": ", "[", "] ", "x", " -> ", "; ", "#", "\u00e9t\u00e9 ");
    static final List<String> SEPARATORS = List.of("\",\"", "\" \"", "\"\"", "\", \"", "\"-\"");

    private final Gen g;

    Literals(Gen g) {
        this.g = g;
    }

    /**
     * A literal of type t. {@code typed} says that the context fixes the type
     * (an argument to an annotated parameter, say), so that {@code []} and
     * {@code None}, whose element type is open, may stand there.
     */
    Ex of(GenType t, boolean typed) {
        return switch (t) {
            case Prim p -> prim(p);
            case ListOf l -> typed && g.chance(0.3) ? Ex.atom("[]") : Ex.atom(list(l.element(), g.between(1, 3)));
            case Pair p -> Ex.atom("(" + of(p.first(), false).text() + ", " + of(p.second(), false).text() + ")");
            case OptionOf o -> typed && g.chance(0.3) ? Ex.atom("None")
                    : Ex.atom("Some(" + of(o.element(), false).text() + ")");
            case Data d -> ctor(d, typed);
            case Rec r -> Ex.atom(record(r, f -> of(f, false).text()));
            case Fun f -> lambda(f);
            case Param p -> throw new IllegalStateException("a type parameter outside a declaration");
        };
    }

    Ex prim(Prim p) {
        return switch (p) {
            case INT -> number(g.pick(INTS));
            case FLOAT -> number(g.pick(FLOATS));
            case BOOL -> Ex.atom(g.chance(0.5) ? "true" : "false");
            case CHAR -> Ex.atom(g.pick(CHARS));
            case STRING -> Ex.atom(g.pick(STRINGS));
            case UNIT -> Ex.atom("()");
        };
    }

    /** A negative literal is a negation: it stands in parentheses as an operand. */
    private static Ex number(String text) {
        return text.startsWith("-") ? Ex.compound(text) : Ex.atom(text);
    }

    private String list(GenType element, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) items.add(of(element, false).text());
        return "[" + String.join(", ", items) + "]";
    }

    /**
     * A constructor with literal fields. Without a typed context a
     * parameterised type needs a constructor whose fields fix the parameter
     * ({@code ShDot} alone leaves {@code Shape[a]} open).
     */
    private Ex ctor(Data d, boolean typed) {
        List<VariantDecl.Ctor> usable = d.decl().ctors().stream()
                .filter(c -> typed || !d.decl().parameterised() || mentionsParam(c)).toList();
        VariantDecl.Ctor c = g.pick(usable);
        if (c.fields().isEmpty()) return Ex.atom(c.name());
        return Ex.atom(c.name() + "(" + d.fields(c).stream().map(f -> of(f, false).text())
                .collect(Collectors.joining(", ")) + ")");
    }

    static boolean mentionsParam(VariantDecl.Ctor c) {
        return c.fields().stream().anyMatch(Literals::mentionsParam);
    }

    private static boolean mentionsParam(GenType t) {
        return switch (t) {
            case Param p -> true;
            case ListOf l -> mentionsParam(l.element());
            case OptionOf o -> mentionsParam(o.element());
            case Pair p -> mentionsParam(p.first()) || mentionsParam(p.second());
            default -> false;
        };
    }

    /** A record literal, its fields in a shuffled order (the order of a literal does not matter). */
    String record(Rec r, java.util.function.Function<GenType, String> value) {
        List<GenType.RecordDecl.Field> fields = new ArrayList<>(r.decl().fields());
        java.util.Collections.shuffle(fields, g.random);
        return r.decl().name() + "{" + fields.stream().map(f -> f.name() + ": " + value.apply(r.field(f)))
                .collect(Collectors.joining(", ")) + "}";
    }

    /** A lambda whose body is a literal (or one of its parameters). */
    private Ex lambda(Fun f) {
        List<String> params = new ArrayList<>();
        Scope s = Scope.EMPTY;
        for (GenType p : f.params()) {
            String x = g.fresh("x");
            params.add(x + ": " + p.text());
            s = s.with(x, p);
        }
        List<Scope.Var> same = s.ofType(f.result());
        String body = !same.isEmpty() && g.chance(0.6) ? g.pick(same).name() : of(f.result(), true).text();
        return Ex.compound("(" + String.join(", ", params) + ") -> " + body);
    }

    /** A literal pattern of a type that has them (Int, Float, Char, String), distinct from those in {@code used}. */
    String pattern(Prim p, java.util.Set<String> used) {
        List<String> pool = switch (p) {
            case INT -> SMALL_INTS;
            case FLOAT -> List.of("0.5", "1.0", "-2.5", "0.1", "100.0");
            case CHAR -> CHARS;
            case STRING -> STRINGS;
            default -> throw new IllegalArgumentException(p + " has no literal patterns here");
        };
        for (int tries = 0; tries < 8; tries++) {
            String s = g.pick(pool);
            if (used.add(s)) return s;
        }
        return null;
    }

    static boolean hasLiteralPatterns(GenType t) {
        return t == Prim.INT || t == Prim.FLOAT || t == Prim.CHAR || t == Prim.STRING;
    }
}
