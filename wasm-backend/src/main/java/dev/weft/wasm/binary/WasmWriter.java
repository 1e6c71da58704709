package dev.weft.wasm.binary;

import dev.weft.wasm.model.DataSegment;
import dev.weft.wasm.model.ElementSegment;
import dev.weft.wasm.model.Export;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.Memory;
import dev.weft.wasm.model.Table;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmGlobal;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Writes a linked {@link WasmModule} as a binary module: one method per section, in spec
 * order, empty sections left out, then a "name" custom section. Indexes are assigned here:
 * imported functions first, then defined ones, each in the module's order. Deterministic.
 *
 * <p>Only MVP encodings unless the IR asks for more: element segments use flag 0 (table 0,
 * function indexes) and {@code call_indirect} the zero table byte, so a module with a table
 * needs no reference types; tail-call opcodes appear only where the IR has tail calls.
 */
public final class WasmWriter {
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private final WasmModule module;
    private final List<WasmFunction> functions;
    private final Map<WasmFunction, Integer> functionIndex = new IdentityHashMap<>();
    private final Map<WasmGlobal, Integer> globalIndex = new IdentityHashMap<>();
    private final TypeTable types = new TypeTable();
    private final ByteWriter out = new ByteWriter();

    private WasmWriter(WasmModule module) {
        this.module = module;
        this.functions = module.functions();
        for (WasmFunction f : functions) functionIndex.put(f, functionIndex.size());
        for (WasmGlobal g : module.globals()) globalIndex.put(g, globalIndex.size());
    }

    /** The module's bytes; fails with a {@code LinkException} if a name is undefined. */
    public static byte[] write(WasmModule module) {
        return write(module, true);
    }

    /** As {@link #write(WasmModule)}, with or without the "name" section. */
    public static byte[] write(WasmModule module, boolean withNames) {
        module.checkLinked();
        return new WasmWriter(module).render(withNames);
    }

    private byte[] render(boolean withNames) {
        for (WasmFunction f : functions) types.indexOf(f.type());
        // Code first: block types may add multi-value signatures to the type section.
        ByteWriter code = codeSection();
        out.writeBytes(HEADER);
        section(1, typeSection());
        section(2, importSection());
        section(3, functionSection());
        section(4, tableSection());
        section(5, memorySection());
        section(6, globalSection());
        section(7, exportSection());
        section(8, startSection());
        section(9, elementSection());
        section(10, code);
        section(11, dataSection());
        if (withNames) section(0, nameSection());
        return out.toByteArray();
    }

    private void section(int id, ByteWriter content) {
        if (content != null) {
            out.writeByte(id).writeSized(content);
        }
    }

    private ByteWriter typeSection() {
        List<FuncType> all = types.types();
        if (all.isEmpty()) return null;
        ByteWriter s = new ByteWriter().writeU32(all.size());
        for (FuncType t : all) {
            s.writeByte(0x60);
            valTypes(s, t.params());
            valTypes(s, t.results());
        }
        return s;
    }

    private static void valTypes(ByteWriter s, List<ValType> vs) {
        s.writeU32(vs.size());
        for (ValType v : vs) s.writeByte(TypeTable.code(v));
    }

    private ByteWriter importSection() {
        List<WasmFunction> imports = module.imports();
        if (imports.isEmpty()) return null;
        ByteWriter s = new ByteWriter().writeU32(imports.size());
        for (WasmFunction f : imports) {
            s.writeName(f.importFrom().module()).writeName(f.importFrom().field());
            s.writeByte(0x00).writeU32(types.indexOf(f.type()));
        }
        return s;
    }

    private ByteWriter functionSection() {
        List<WasmFunction> defined = module.definedFunctions();
        if (defined.isEmpty()) return null;
        ByteWriter s = new ByteWriter().writeU32(defined.size());
        for (WasmFunction f : defined) s.writeU32(types.indexOf(f.type()));
        return s;
    }

    private ByteWriter tableSection() {
        if (module.table().isEmpty()) return null;
        Table t = module.table().get();
        ByteWriter s = new ByteWriter().writeU32(1).writeByte(0x70); // funcref
        limits(s, t.minSize(), t.maxSize());
        return s;
    }

    private ByteWriter memorySection() {
        if (module.memory().isEmpty()) return null;
        Memory m = module.memory().get();
        ByteWriter s = new ByteWriter().writeU32(1);
        limits(s, m.minPages(), m.maxPages());
        return s;
    }

    private static void limits(ByteWriter s, int min, OptionalInt max) {
        if (max.isPresent()) {
            s.writeByte(0x01).writeU32(min).writeU32(max.getAsInt());
        } else {
            s.writeByte(0x00).writeU32(min);
        }
    }

    private ByteWriter globalSection() {
        List<WasmGlobal> globals = module.globals();
        if (globals.isEmpty()) return null;
        ByteWriter s = new ByteWriter().writeU32(globals.size());
        for (WasmGlobal g : globals) {
            s.writeByte(TypeTable.code(g.type())).writeByte(g.mutable() ? 1 : 0);
            constExpr(s, g.init(), "global $" + g.name());
        }
        return s;
    }

    private void constExpr(ByteWriter s, Instr init, String owner) {
        new InstrEncoder(s, owner, Map.of(), Map.of(), Map.of(), types, false).encode(List.of(init));
        s.writeByte(0x0B);
    }

    private ByteWriter exportSection() {
        List<Export> exports = module.exports();
        if (exports.isEmpty()) return null;
        ByteWriter s = new ByteWriter().writeU32(exports.size());
        for (Export e : exports) {
            s.writeName(e.name());
            switch (e) {
                case Export.Func f -> s.writeByte(0x00).writeU32(index(functionIndex, f.function(), e));
                case Export.Tab t -> s.writeByte(0x01).writeU32(0);
                case Export.Mem m -> s.writeByte(0x02).writeU32(0);
                case Export.Global g -> s.writeByte(0x03).writeU32(index(globalIndex, g.global(), e));
            }
        }
        return s;
    }

    private static <T> int index(Map<T, Integer> indexes, T item, Export e) {
        Integer i = indexes.get(item);
        if (i == null) {
            throw new EncodeException("export \"" + e.name() + "\" refers to " + item + " of another module");
        }
        return i;
    }

    private ByteWriter startSection() {
        return module.start()
                .map(f -> {
                    Integer i = functionIndex.get(f);
                    if (i == null) throw new EncodeException("start function " + f + " is of another module");
                    return new ByteWriter().writeU32(i);
                })
                .orElse(null);
    }

    private ByteWriter elementSection() {
        List<ElementSegment> elements = module.elements();
        if (elements.isEmpty()) return null;
        if (module.table().isEmpty()) {
            throw new EncodeException("element segments need a table, and none is declared");
        }
        ByteWriter s = new ByteWriter().writeU32(elements.size());
        for (ElementSegment e : elements) {
            // Flag 0: active, table 0, offset expression, vector of function indexes.
            s.writeByte(0x00).writeByte(0x41).writeS32(e.offset()).writeByte(0x0B);
            s.writeU32(e.functions().size());
            for (WasmFunction f : e.functions()) {
                Integer i = functionIndex.get(f);
                if (i == null) throw new EncodeException("element segment at " + e.offset() + " lists " + f + " of another module");
                s.writeU32(i);
            }
        }
        return s;
    }

    private ByteWriter codeSection() {
        List<WasmFunction> defined = module.definedFunctions();
        if (defined.isEmpty()) return null;
        ByteWriter s = new ByteWriter().writeU32(defined.size());
        for (WasmFunction f : defined) {
            s.writeSized(functionBody(f));
        }
        return s;
    }

    private ByteWriter functionBody(WasmFunction f) {
        ByteWriter b = new ByteWriter();
        Map<WasmLocal, Integer> localIndex = new IdentityHashMap<>();
        for (WasmLocal l : f.params()) localIndex.put(l, localIndex.size());
        for (WasmLocal l : f.locals()) localIndex.put(l, localIndex.size());
        // Locals are declared as runs of one type: (count, type)*.
        List<int[]> runs = new ArrayList<>();
        for (WasmLocal l : f.locals()) {
            int code = TypeTable.code(l.type());
            if (!runs.isEmpty() && runs.getLast()[1] == code) {
                runs.getLast()[0]++;
            } else {
                runs.add(new int[] {1, code});
            }
        }
        b.writeU32(runs.size());
        for (int[] run : runs) b.writeU32(run[0]).writeByte(run[1]);
        new InstrEncoder(b, f.name(), functionIndex, globalIndex, localIndex, types, module.table().isPresent()).encode(f.body());
        b.writeByte(0x0B);
        return b;
    }

    private ByteWriter dataSection() {
        List<DataSegment> data = module.data();
        if (data.isEmpty()) return null;
        if (module.memory().isEmpty()) {
            throw new EncodeException("data segments need a memory, and none is declared");
        }
        ByteWriter s = new ByteWriter().writeU32(data.size());
        for (DataSegment d : data) {
            s.writeByte(0x00).writeByte(0x41).writeS32(d.offset()).writeByte(0x0B);
            s.writeU32(d.length()).writeBytes(d.bytes());
        }
        return s;
    }

    private ByteWriter nameSection() {
        return NameSection.render(module, functionIndex, globalIndex);
    }
}
