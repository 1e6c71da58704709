package dev.weft.backend.emit;

import dev.weft.backend.core.CoreFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table slots of closure code, given out in order of first use (so output stays deterministic). */
final class FunctionTable {
    private final Map<CoreFunction, Integer> slots = new LinkedHashMap<>();
    private boolean calledThrough;

    int slot(CoreFunction f) {
        return slots.computeIfAbsent(f, k -> slots.size());
    }

    List<CoreFunction> functions() { return new ArrayList<>(slots.keySet()); }

    boolean isEmpty() { return slots.isEmpty(); }

    /** Records a call_indirect, which needs a table to validate even when no closure is ever made. */
    void calledThrough() { calledThrough = true; }

    /**
     * Whether the module declares the table: when a closure is made, or called. A program can
     * call a closure it never makes, the value of something that never returns
     * ({@code exit(3)()}, found by bench/fuzz): the call is never reached, but the module must
     * validate, so it gets an empty table.
     */
    boolean needed() { return calledThrough || !slots.isEmpty(); }
}
