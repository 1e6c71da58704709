package dev.weft.backend.core;

/** A variable of the core IR, compared by identity; the name is for printing and the name section. */
public final class CoreVar {
    private final String name;
    private final Rep rep;
    private boolean inFrame;

    public CoreVar(String name, Rep rep) {
        this.name = name;
        this.rep = rep;
    }

    public String name() { return name; }

    public Rep rep() { return rep; }

    /**
     * Whether the variable lives in its function's shadow-stack frame rather
     * than a Wasm local: a pointer live across a call that may allocate, set by
     * the Roots pass (decisions/0019), so that a collector finds and updates it.
     */
    public boolean inFrame() { return inFrame; }

    /** Marks the variable as a root (backend/pass/Roots); only pointers are. */
    public void keepInFrame() {
        if (rep != Rep.REF) throw new IllegalStateException(name + " is a " + rep + ", not a pointer");
        inFrame = true;
    }

    @Override
    public String toString() { return name; }
}
