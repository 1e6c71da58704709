package dev.weft.shims.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import org.junit.jupiter.api.Test;

class TrapsTest {
    @Test
    void namesTrapsAsTheSpecDoes() {
        assertEquals("unreachable", Traps.describe(new TrapException("Trapped on unreachable instruction")));
        assertEquals("out of bounds memory access", Traps.describe(new WasmRuntimeException(
                "out of bounds memory access: attempted to access address: 70000 but limit is: 65536 and size: 4")));
        assertEquals("integer divide by zero", Traps.describe(new WasmRuntimeException("integer divide by zero")));
        assertEquals("call stack exhausted", Traps.describe(new ChicoryException("call stack exhausted")));
        assertEquals("call stack exhausted", Traps.describe(new StackOverflowError()));
        assertEquals("null i31 reference", Traps.describe(new TrapException("null i31 reference\nmore")));
        assertEquals("ChicoryException", Traps.describe(new ChicoryException((String) null)));
    }
}
