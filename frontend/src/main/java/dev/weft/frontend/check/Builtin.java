package dev.weft.frontend.check;

import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.TVar;
import dev.weft.frontend.types.Type;
import dev.weft.frontend.types.Types;
import java.util.List;

/**
 * The functions the compiler provides itself, because Weft code cannot
 * define them: they reach the RTS or the host (print, exit, panic, sleep),
 * take a value of any type (show, and length, resolved by the argument's
 * type), are one Wasm instruction (sqrt, floor, ceil), or read and cut
 * strings in the RTS (parse_int, slice, split, ...), or are the process
 * primitives (spawn, send, self, monitor, spawn_link; typed, not compiled yet).
 * The rest of the standard library is written in Weft (rts/std). A user's
 * top-level definition of the same name shadows them.
 */
public enum Builtin implements Symbol {
    PRINT("print"),
    PRINTLN("println"),
    SHOW("show"),
    EXIT("exit"),
    PANIC("panic"),
    TO_FLOAT("to_float"),
    TO_INT("to_int"),
    SQRT("sqrt"),
    FLOOR("floor"),
    CEIL("ceil"),
    FIXED("fixed"),
    /** Code points of a String, elements of a List: resolved by the argument's type, as ++ is. */
    LENGTH("length"),
    PARSE_INT("parse_int"),
    PARSE_FLOAT("parse_float"),
    SLICE("slice"),
    SPLIT("split"),
    /** Blocks for the given milliseconds (until processes arrive; then only the caller waits). */
    SLEEP("sleep"),
    /** Starts a process running the function; its result is discarded. */
    SPAWN("spawn"),
    /** As spawn, and links the new process to the caller: a crash of either ends the other. */
    SPAWN_LINK("spawn_link"),
    /** Sends any value that is not and holds no function (E0213), tagged with its concrete type. */
    SEND("send"),
    SELF("self"),
    /** Asks for a Down(pid, reason) message when the process ends. */
    MONITOR("monitor");

    /** Whether the backend needs processes to compile a call of it. */
    public boolean isProcess() {
        return this == SPAWN || this == SPAWN_LINK || this == SEND || this == SELF || this == MONITOR;
    }

    private final String name;

    Builtin(String name) { this.name = name; }

    @Override
    public String displayName() { return name; }

    /** The builtin's type; each call returns fresh quantified variables. */
    public Scheme scheme() {
        TVar a = new TVar(Integer.MAX_VALUE);
        return switch (this) {
            case PRINT, PRINTLN -> Scheme.mono(new Type.Fun(List.of(Types.STRING), Types.UNIT));
            case SHOW -> new Scheme(List.of(a), new Type.Fun(List.of(a), Types.STRING));
            case EXIT -> new Scheme(List.of(a), new Type.Fun(List.of(Types.INT), a));
            case PANIC -> new Scheme(List.of(a), new Type.Fun(List.of(Types.STRING), a));
            case TO_FLOAT -> Scheme.mono(new Type.Fun(List.of(Types.INT), Types.FLOAT));
            case TO_INT -> Scheme.mono(new Type.Fun(List.of(Types.FLOAT), Types.INT));
            case SQRT, FLOOR, CEIL -> Scheme.mono(new Type.Fun(List.of(Types.FLOAT), Types.FLOAT));
            case FIXED -> Scheme.mono(new Type.Fun(List.of(Types.FLOAT, Types.INT), Types.STRING));
            case LENGTH -> new Scheme(List.of(a), new Type.Fun(List.of(a), Types.INT));
            case PARSE_INT -> Scheme.mono(new Type.Fun(List.of(Types.STRING), new Type.Con("Option", List.of(Types.INT))));
            case PARSE_FLOAT -> Scheme.mono(new Type.Fun(List.of(Types.STRING), new Type.Con("Option", List.of(Types.FLOAT))));
            case SLICE -> Scheme.mono(new Type.Fun(List.of(Types.STRING, Types.INT, Types.INT), Types.STRING));
            case SPLIT -> Scheme.mono(new Type.Fun(List.of(Types.STRING, Types.STRING), Types.list(Types.STRING)));
            case SLEEP -> Scheme.mono(new Type.Fun(List.of(Types.INT), Types.UNIT));
            case SPAWN, SPAWN_LINK -> new Scheme(List.of(a), new Type.Fun(List.of(new Type.Fun(List.of(), a)), Types.PID));
            case SEND -> new Scheme(List.of(a), new Type.Fun(List.of(Types.PID, a), Types.UNIT));
            case SELF -> Scheme.mono(new Type.Fun(List.of(), Types.PID));
            case MONITOR -> Scheme.mono(new Type.Fun(List.of(Types.PID), Types.UNIT));
        };
    }

    public static java.util.Optional<Builtin> named(String name) {
        for (Builtin b : values()) if (b.name.equals(name)) return java.util.Optional.of(b);
        return java.util.Optional.empty();
    }
}
