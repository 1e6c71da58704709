package dev.weft.wasm.text;

import java.util.List;

/** Reads the items of one list left to right; {@code end} is where errors at the end of the list point. */
final class Cursor {
    private final List<SExpr> items;
    private final SourcePos end;
    private int at;

    Cursor(SExpr.SList list, int from) {
        this.items = list.items();
        this.end = list.pos();
        this.at = from;
    }

    boolean done() {
        return at >= items.size();
    }

    SExpr peek() {
        return done() ? null : items.get(at);
    }

    SExpr next() {
        return items.get(at++);
    }

    /** The next item if it is an atom with this text. */
    boolean tryKeyword(String keyword) {
        if (peek() instanceof SExpr.Atom a && a.text().equals(keyword)) {
            at++;
            return true;
        }
        return false;
    }

    /** The next item if it is a list with this head, else null. */
    SExpr.SList tryList(String head) {
        if (peek() instanceof SExpr.SList l && head.equals(l.head())) {
            at++;
            return l;
        }
        return null;
    }

    /** The next item if it is a {@code $id}, without the dollar, else null. */
    String tryId() {
        if (peek() instanceof SExpr.Atom a && a.text().startsWith("$") && a.text().length() > 1) {
            at++;
            return a.text().substring(1);
        }
        return null;
    }

    SExpr.Atom atom(String expected) {
        if (peek() instanceof SExpr.Atom a) {
            at++;
            return a;
        }
        throw error("expected " + expected);
    }

    String id(String what) {
        String id = tryId();
        if (id == null) throw error("expected a $name of " + what);
        return id;
    }

    void expectEnd(String what) {
        if (!done()) throw new WatSyntaxException(peek().pos(), "unexpected " + describe(peek()) + " in " + what);
    }

    /** An error at the next item, or at the list when there is none. */
    WatSyntaxException error(String message) {
        SExpr next = peek();
        return next == null
                ? new WatSyntaxException(end, message + " before the list's ')'")
                : new WatSyntaxException(next.pos(), message + ", got " + describe(next));
    }

    static String describe(SExpr e) {
        return switch (e) {
            case SExpr.Atom a -> "'" + a.text() + "'";
            case SExpr.Str s -> "a string";
            case SExpr.SList l -> l.head() == null ? "a list" : "'(" + l.head() + " ...)'";
        };
    }
}
