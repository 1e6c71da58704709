package dev.weft.wasm.model;

/**
 * A branch target, compared by identity. The writer turns a branch to a label into a depth;
 * the name is only for printing and may be null.
 */
public final class Label {
    private final String name;

    public Label(String name) {
        this.name = name;
    }

    public Label() {
        this(null);
    }

    /** May be null. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name == null ? "label@" + Integer.toHexString(System.identityHashCode(this)) : "$" + name;
    }
}
