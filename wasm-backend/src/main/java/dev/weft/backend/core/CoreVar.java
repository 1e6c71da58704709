package dev.weft.backend.core;

/** A variable of the core IR, compared by identity; the name is for printing and the name section. */
public final class CoreVar {
    private final String name;
    private final Rep rep;

    public CoreVar(String name, Rep rep) {
        this.name = name;
        this.rep = rep;
    }

    public String name() { return name; }

    public Rep rep() { return rep; }

    @Override
    public String toString() { return name; }
}
