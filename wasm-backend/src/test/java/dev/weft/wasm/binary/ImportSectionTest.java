package dev.weft.wasm.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasm.binary.ImportSection.Import;
import dev.weft.wasm.binary.ImportSection.Kind;
import dev.weft.wasm.binary.ImportSection.MalformedModuleException;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmModule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import section read back from modules our writer and a hand encoder made; malformed bytes named. */
class ImportSectionTest {
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    @Test
    void readsTheImportsOurWriterWrites() {
        WasmModule m = WholeModuleTest.sample();
        m.function("request").defineImport("weft", "memory_request", FuncType.of(List.of(ValType.I32), List.of(ValType.I32)));
        m.function("exit").defineImport("wasi_snapshot_preview1", "proc_exit", FuncType.of(List.of(ValType.I32), List.of()));
        List<Import> imports = ImportSection.read(WasmWriter.write(m));
        assertEquals(List.of("wasi_snapshot_preview1.fd_write", "weft.memory_request", "wasi_snapshot_preview1.proc_exit"),
                imports.stream().map(Import::toString).toList());
        assertTrue(imports.stream().allMatch(i -> i.kind() == Kind.FUNCTION), imports.toString());
    }

    @Test
    void aModuleWithoutImportsHasNone() {
        WasmModule m = new WasmModule();
        m.memory(1).exportMemory("memory");
        assertEquals(List.of(), ImportSection.read(WasmWriter.write(m)));
        assertEquals(List.of(), ImportSection.read(HEADER));
    }

    /** Every kind of descriptor, each skipped by its own shape, between sections that are skipped by size. */
    @Test
    void readsEveryKindOfImportAndSkipsOtherSections() {
        ByteWriter imports = new ByteWriter().writeU32(6);
        imports.writeName("env").writeName("f").writeByte(0x00).writeU32(300); // a type index of two bytes
        imports.writeName("env").writeName("table").writeByte(0x01).writeByte(0x70).writeByte(0x01).writeU32(1).writeU32(200);
        imports.writeName("env").writeName("memory").writeByte(0x02).writeByte(0x00).writeU32(17);
        imports.writeName("env").writeName("shared").writeByte(0x02).writeByte(0x03).writeU32(1).writeU32(65536);
        imports.writeName("env").writeName("g").writeByte(0x03).writeByte(0x7F).writeByte(0x01);
        imports.writeName("ünï").writeName("tag").writeByte(0x04).writeByte(0x00).writeU32(0);
        ByteWriter custom = new ByteWriter().writeName("note").writeBytes(new byte[] {2, 2, 2});
        ByteWriter types = new ByteWriter().writeU32(1).writeByte(0x60).writeU32(0).writeU32(0);
        byte[] module = new ByteWriter().writeBytes(HEADER)
                .writeByte(0).writeSized(custom)
                .writeByte(1).writeSized(types)
                .writeByte(2).writeSized(imports)
                .writeByte(0).writeSized(custom).toByteArray();
        assertEquals(List.of(new Import("env", "f", Kind.FUNCTION), new Import("env", "table", Kind.TABLE),
                new Import("env", "memory", Kind.MEMORY), new Import("env", "shared", Kind.MEMORY),
                new Import("env", "g", Kind.GLOBAL), new Import("ünï", "tag", Kind.TAG)), ImportSection.read(module));
    }

    @Test
    void malformedModulesAreNamed() {
        assertEquals("not a Wasm module: no \\0asm at its start",
                assertThrows(MalformedModuleException.class, () -> ImportSection.read("hello, world".getBytes())).getMessage());
        byte[] version2 = HEADER.clone();
        version2[4] = 2;
        assertEquals("Wasm binary version 2, not 1",
                assertThrows(MalformedModuleException.class, () -> ImportSection.read(version2)).getMessage());
        byte[] truncated = Arrays.copyOf(HEADER, 6);
        assertThrows(MalformedModuleException.class, () -> ImportSection.read(truncated));
        byte[] pastTheEnd = new ByteWriter().writeBytes(HEADER).writeByte(2).writeU32(50).writeU32(0).toByteArray();
        assertEquals("section 2 of 50 bytes runs past the module's end",
                assertThrows(MalformedModuleException.class, () -> ImportSection.read(pastTheEnd)).getMessage());
        ByteWriter badKind = new ByteWriter().writeU32(1).writeName("a").writeName("b").writeByte(0x09);
        byte[] unknown = new ByteWriter().writeBytes(HEADER).writeByte(2).writeSized(badKind).toByteArray();
        assertEquals("import a.b has unknown kind 9",
                assertThrows(MalformedModuleException.class, () -> ImportSection.read(unknown)).getMessage());
        ByteWriter shortSection = new ByteWriter().writeU32(2).writeName("a").writeName("b").writeByte(0x00).writeU32(0);
        byte[] endsEarly = new ByteWriter().writeBytes(HEADER).writeByte(2).writeSized(shortSection).toByteArray();
        assertThrows(MalformedModuleException.class, () -> ImportSection.read(endsEarly), "a second import that is not there");
    }
}
