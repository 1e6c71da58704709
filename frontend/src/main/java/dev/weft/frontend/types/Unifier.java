package dev.weft.frontend.types;

import java.util.List;

/** First-order unification with an occurs check and level adjustment. */
public final class Unifier {
    private Unifier() {}

    /** Why two types do not unify. */
    public enum Failure { MISMATCH, INFINITE, ARITY }

    /** Unifies, binding variables; returns null on success or the reason it failed. */
    public static Failure unify(Type a, Type b) {
        Type x = a.resolve();
        Type y = b.resolve();
        if (x == y) return null;
        if (x == Types.ERROR || y == Types.ERROR) return null;
        if (x instanceof TVar v) return bindVar(v, y);
        if (y instanceof TVar v) return bindVar(v, x);
        if (x instanceof Type.Con c && y instanceof Type.Con d) {
            if (!c.name().equals(d.name()) || c.args().size() != d.args().size()) return Failure.MISMATCH;
            return unifyAll(c.args(), d.args());
        }
        if (x instanceof Type.Fun f && y instanceof Type.Fun g) {
            if (f.params().size() != g.params().size()) return Failure.ARITY;
            Failure params = unifyAll(f.params(), g.params());
            return params != null ? params : unify(f.result(), g.result());
        }
        return Failure.MISMATCH;
    }

    private static Failure unifyAll(List<Type> xs, List<Type> ys) {
        for (int i = 0; i < xs.size(); i++) {
            Failure f = unify(xs.get(i), ys.get(i));
            if (f != null) return f;
        }
        return null;
    }

    private static Failure bindVar(TVar v, Type t) {
        if (occurs(v, t)) return Failure.INFINITE;
        v.bind(t);
        return null;
    }

    /** Checks whether v occurs in t, lowering the levels of t's variables to v's on the way. */
    private static boolean occurs(TVar v, Type t) {
        return switch (t.resolve()) {
            case TVar w -> {
                w.lowerLevel(v.level());
                yield w == v;
            }
            case Type.Con c -> c.args().stream().anyMatch(a -> occurs(v, a));
            case Type.Fun f -> f.params().stream().anyMatch(p -> occurs(v, p)) || occurs(v, f.result());
        };
    }
}
