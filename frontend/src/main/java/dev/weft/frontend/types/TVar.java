package dev.weft.frontend.types;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A type variable: unbound, or bound to another type by unification. The level
 * is the let-depth at which it was created (Rémy's levels): a variable whose
 * level is deeper than the definition being generalized may be quantified.
 */
public final class TVar implements Type {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final int id;
    private int level;
    private Type binding;

    public TVar(int level) {
        this.id = NEXT.incrementAndGet();
        this.level = level;
    }

    public int id() { return id; }

    public int level() { return level; }

    public void lowerLevel(int newLevel) {
        if (newLevel < level) level = newLevel;
    }

    public Type binding() { return binding; }

    void bind(Type type) {
        if (binding != null) throw new IllegalStateException("type variable bound twice");
        binding = type;
    }

    @Override
    public String toString() { return TypePrinter.print(this); }
}
