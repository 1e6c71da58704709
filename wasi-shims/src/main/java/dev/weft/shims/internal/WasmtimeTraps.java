package dev.weft.shims.internal;

import io.github.kawamuray.wasmtime.Trap;
import java.util.Locale;

/**
 * Wasmtime's trap kinds under the spec's names, the ones Chicory reports
 * (see {@link Traps}), so that engines' reports compare.
 */
public final class WasmtimeTraps {
    private WasmtimeTraps() {}

    public static String describe(Trap trap) {
        return switch (trap) {
            case UNREACHABLE_CODE_REACHED -> "unreachable";
            case INTEGER_DIVISION_BY_ZERO -> "integer divide by zero";
            case INTEGER_OVERFLOW -> "integer overflow";
            case BAD_CONVERSION_TO_INTEGER -> "invalid conversion to integer";
            case MEMORY_OUT_OF_BOUNDS -> "out of bounds memory access";
            case STACK_OVERFLOW -> "call stack exhausted";
            // Wasmtime has one kind for both; the spec says "undefined element"
            // for call_indirect past the table's end, which is what Weft emits
            // (it uses no table.get or table.set).
            case TABLE_OUT_OF_BOUNDS -> "undefined element";
            case INDIRECT_CALL_TO_NULL -> "uninitialized element";
            case BAD_SIGNATURE -> "indirect call type mismatch";
            case HEAP_MISALIGNED -> "unaligned atomic";
            case INTERRUPT -> "interrupted";
            case OUF_OF_FUEL -> "out of fuel";
            default -> trap.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
