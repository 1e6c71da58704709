package dev.weft.frontend.types;

import java.util.List;

/** The built-in types. */
public final class Types {
    private Types() {}

    public static final Type.Con INT = new Type.Con("Int", List.of());
    public static final Type.Con FLOAT = new Type.Con("Float", List.of());
    public static final Type.Con BOOL = new Type.Con("Bool", List.of());
    public static final Type.Con CHAR = new Type.Con("Char", List.of());
    public static final Type.Con STRING = new Type.Con("String", List.of());
    public static final Type.Con UNIT = new Type.Con("Unit", List.of());
    public static final Type.Con PID = new Type.Con("Pid", List.of());
    /** Stands for a type that could not be determined because of an earlier error; unifies with anything. */
    public static final Type.Con ERROR = new Type.Con("?", List.of());

    public static Type.Con list(Type element) { return new Type.Con("List", List.of(element)); }

    public static Type.Con tuple(List<Type> elements) { return new Type.Con("Tuple", elements); }

    public static boolean is(Type t, Type.Con con) {
        return t.resolve() instanceof Type.Con c && c.name().equals(con.name()) && c.args().isEmpty();
    }
}
