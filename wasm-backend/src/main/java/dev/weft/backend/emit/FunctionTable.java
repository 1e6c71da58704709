package dev.weft.backend.emit;

import dev.weft.backend.core.CoreFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table slots of closure code, given out in order of first use (so output stays deterministic). */
final class FunctionTable {
    private final Map<CoreFunction, Integer> slots = new LinkedHashMap<>();

    int slot(CoreFunction f) {
        return slots.computeIfAbsent(f, k -> slots.size());
    }

    List<CoreFunction> functions() { return new ArrayList<>(slots.keySet()); }

    boolean isEmpty() { return slots.isEmpty(); }
}
