package dev.weft.matrix.generate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The types the generator writes programs in: a small mirror of Weft's types,
 * enough to choose well-typed expressions for each one. {@link Param} stands
 * for the type parameter {@code a} of the program's own data declarations and
 * only appears in them; {@link #substitute} replaces it.
 */
sealed interface GenType {
    /** The type as Weft source writes it. */
    String text();

    /** Whether {@code show}, {@code ==} and {@code <} work on it: nothing in it is a function. */
    boolean comparable();

    enum Prim implements GenType {
        INT("Int"), FLOAT("Float"), BOOL("Bool"), CHAR("Char"), STRING("String"), UNIT("Unit");

        private final String text;

        Prim(String text) { this.text = text; }

        @Override public String text() { return text; }

        @Override public boolean comparable() { return true; }
    }

    record ListOf(GenType element) implements GenType {
        @Override public String text() { return "List[" + element.text() + "]"; }

        @Override public boolean comparable() { return element.comparable(); }
    }

    record Pair(GenType first, GenType second) implements GenType {
        @Override public String text() { return "(" + first.text() + ", " + second.text() + ")"; }

        @Override public boolean comparable() { return first.comparable() && second.comparable(); }
    }

    record OptionOf(GenType element) implements GenType {
        @Override public String text() { return "Option[" + element.text() + "]"; }

        @Override public boolean comparable() { return element.comparable(); }
    }

    /** A variant type the program declares; {@code arg} is present when the declaration has its parameter. */
    record Data(VariantDecl decl, Optional<GenType> arg) implements GenType {
        @Override public String text() { return decl.name() + arg.map(a -> "[" + a.text() + "]").orElse(""); }

        @Override public boolean comparable() { return arg.map(GenType::comparable).orElse(true); }

        /** A constructor's field types with the parameter replaced. */
        List<GenType> fields(VariantDecl.Ctor c) {
            return c.fields().stream().map(f -> substitute(f, arg.orElse(Prim.UNIT))).toList();
        }
    }

    /** The record type the program declares, at an argument. */
    record Rec(RecordDecl decl, GenType arg) implements GenType {
        @Override public String text() { return decl.name() + "[" + arg.text() + "]"; }

        @Override public boolean comparable() { return arg.comparable(); }

        GenType field(RecordDecl.Field f) { return substitute(f.type(), arg); }
    }

    record Fun(List<GenType> params, GenType result) implements GenType {
        @Override public String text() {
            return "(" + params.stream().map(GenType::text).collect(Collectors.joining(", ")) + ") -> " + result.text();
        }

        @Override public boolean comparable() { return false; }
    }

    /** The parameter {@code a} inside a declaration. */
    record Param() implements GenType {
        @Override public String text() { return "a"; }

        @Override public boolean comparable() { return true; }
    }

    static GenType substitute(GenType t, GenType arg) {
        return switch (t) {
            case Param p -> arg;
            case ListOf l -> new ListOf(substitute(l.element(), arg));
            case Pair p -> new Pair(substitute(p.first(), arg), substitute(p.second(), arg));
            case OptionOf o -> new OptionOf(substitute(o.element(), arg));
            case Fun f -> new Fun(f.params().stream().map(x -> substitute(x, arg)).toList(), substitute(f.result(), arg));
            case Prim p -> p;
            case Data d -> d;
            case Rec r -> r;
        };
    }

    /** A variant declaration: {@code type Shape[a] = ShDot | ShOne(a) | ShTwo(a, Int)}. */
    record VariantDecl(String name, boolean parameterised, List<Ctor> ctors) {
        record Ctor(String name, List<GenType> fields) {}

        String text() {
            return "type " + name + (parameterised ? "[a]" : "") + " = " + ctors.stream()
                    .map(c -> c.name() + (c.fields().isEmpty() ? ""
                            : "(" + c.fields().stream().map(GenType::text).collect(Collectors.joining(", ")) + ")"))
                    .collect(Collectors.joining(" | "));
        }
    }

    /** A record declaration with one parameter: {@code type Box[a] = {bx_label: String, bx_value: a}}. */
    record RecordDecl(String name, List<Field> fields) {
        record Field(String name, GenType type) {}

        String text() {
            return "type " + name + "[a] = {" + fields.stream().map(f -> f.name() + ": " + f.type().text())
                    .collect(Collectors.joining(", ")) + "}";
        }
    }
}
