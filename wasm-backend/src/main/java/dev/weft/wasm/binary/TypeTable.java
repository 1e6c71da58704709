package dev.weft.wasm.binary;

import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The type section under construction: each distinct signature once, indexed in order of first use. */
final class TypeTable {
    private final Map<FuncType, Integer> indexes = new HashMap<>();
    private final List<FuncType> types = new ArrayList<>();

    int indexOf(FuncType type) {
        return indexes.computeIfAbsent(type, t -> {
            types.add(t);
            return types.size() - 1;
        });
    }

    List<FuncType> types() {
        return types;
    }

    static int code(ValType type) {
        return switch (type) {
            case I32 -> 0x7F;
            case I64 -> 0x7E;
            case F32 -> 0x7D;
            case F64 -> 0x7C;
        };
    }
}
