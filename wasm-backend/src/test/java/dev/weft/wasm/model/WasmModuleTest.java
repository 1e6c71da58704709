package dev.weft.wasm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WasmModuleTest {
    private static final FuncType I32_TO_I32 = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));

    @Test
    void forwardReferenceResolvesToTheSameFunction() {
        WasmModule m = new WasmModule();
        WasmFunction callee = m.function("callee");
        WasmLocal x = new WasmLocal("x", ValType.I32);
        m.function("caller").define(I32_TO_I32, List.of(x), List.of(),
                List.of(Instr.localGet(x), Instr.call(callee)));
        WasmLocal y = new WasmLocal("y", ValType.I32);
        m.function("callee").define(I32_TO_I32, List.of(y), List.of(), List.of(Instr.localGet(y)));
        assertSame(callee, m.function("callee"));
        m.checkLinked();
        assertEquals(List.of(m.function("caller"), callee), m.functions());
    }

    @Test
    void importsComeBeforeDefinedFunctions() {
        WasmModule m = new WasmModule();
        m.function("a").define(FuncType.returning(), List.of(), List.of(), List.of());
        m.function("imp").defineImport("env", "imp", FuncType.returning());
        assertEquals(List.of("imp", "a"), m.functions().stream().map(WasmFunction::name).toList());
    }

    @Test
    void definingTwiceNamesTheFunction() {
        WasmModule m = new WasmModule();
        m.function("f").define(FuncType.returning(), List.of(), List.of(), List.of());
        LinkException e = assertThrows(LinkException.class,
                () -> m.function("f").defineImport("env", "f", FuncType.returning()));
        assertTrue(e.getMessage().contains("$f"), e.getMessage());
    }

    @Test
    void checkLinkedListsEveryUndefinedName() {
        WasmModule m = new WasmModule();
        m.function("f").define(FuncType.returning(), List.of(), List.of(),
                List.of(Instr.call(m.function("missing1")), Instr.call(m.function("missing2")),
                        Instr.globalGet(m.global("g")), Instr.DROP));
        LinkException e = assertThrows(LinkException.class, m::checkLinked);
        assertEquals("undefined: function $missing1, function $missing2, global $g", e.getMessage());
    }

    @Test
    void factoriesCheckArguments() {
        assertThrows(IllegalArgumentException.class, () -> new IntUnary(IntType.I32, IntUnOp.EXTEND32_S));
        assertThrows(IllegalArgumentException.class, () -> new Load(LoadOp.I32_LOAD, 0, 8));
        assertThrows(IllegalArgumentException.class, () -> new Store(StoreOp.I32_STORE8, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Load(LoadOp.I32_LOAD, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> m1().global("g").define(ValType.I64, false, Instr.i32(0)));
        WasmModule m = new WasmModule();
        assertThrows(IllegalArgumentException.class, () -> m.function("f")
                .define(I32_TO_I32, List.of(new WasmLocal("x", ValType.I64)), List.of(), List.of()));
        assertThrows(LinkException.class, () -> m.memory(1).memory(2));
        assertThrows(LinkException.class, () -> m.exportMemory("mem").exportMemory("mem"));
    }

    @Test
    void oneTableWhichElementSegmentsFillWithItsOwnFunctions() {
        WasmModule m = new WasmModule().table(4).table(new Table(4, java.util.OptionalInt.empty()));
        assertThrows(LinkException.class, () -> m.table(4, 8));
        assertThrows(IllegalArgumentException.class, () -> new Table(-1, java.util.OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Table(4, java.util.OptionalInt.of(3)));
        WasmFunction later = m.function("later");
        m.elements(2, later, m.function("other"));
        assertEquals(List.of(new ElementSegment(2, List.of(later, m.function("other")))), m.elements());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.elements(0, m1().function("stranger")));
        assertEquals("element segment at 0: $stranger is a function of another module", e.getMessage());
        LinkException undefined = assertThrows(LinkException.class, m::checkLinked);
        assertEquals("undefined: function $later, function $other", undefined.getMessage());
    }

    @Test
    void anExportedTableMustBeDeclared() {
        WasmModule m = new WasmModule().exportTable("t");
        assertEquals("undefined: table (exported but not declared)",
                assertThrows(LinkException.class, m::checkLinked).getMessage());
        m.table(1);
        m.checkLinked();
        assertThrows(LinkException.class, () -> m.exportTable("t"));
    }

    private static WasmModule m1() {
        return new WasmModule();
    }
}
