package dev.weft.wasm.model;

import java.util.List;

/**
 * An active element segment: functions stored into table 0 from a constant slot on at
 * instantiation, so {@code call_indirect} can reach {@code functions[i]} at {@code offset + i}.
 */
public record ElementSegment(int offset, List<WasmFunction> functions) {
    public ElementSegment {
        functions = List.copyOf(functions);
    }
}
