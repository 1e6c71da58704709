package dev.weft.wasm.binary;

import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmGlobal;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "name" custom section: module name (subsection 0), function names (1), local names (2)
 * and global names (7, from the extended-name-section proposal; readers skip what they do not know).
 */
final class NameSection {
    private NameSection() {}

    static ByteWriter render(WasmModule module, Map<WasmFunction, Integer> functionIndex,
            Map<WasmGlobal, Integer> globalIndex) {
        ByteWriter s = new ByteWriter().writeName("name");
        if (module.name() != null) {
            s.writeByte(0).writeSized(new ByteWriter().writeName(module.name()));
        }
        List<WasmFunction> functions = module.functions();
        if (!functions.isEmpty()) {
            ByteWriter sub = new ByteWriter().writeU32(functions.size());
            for (WasmFunction f : functions) sub.writeU32(functionIndex.get(f)).writeName(f.name());
            s.writeByte(1).writeSized(sub);
        }
        ByteWriter locals = new ByteWriter();
        int withNames = 0;
        for (WasmFunction f : functions) {
            List<WasmLocal> all = new ArrayList<>(f.params());
            all.addAll(f.locals());
            int named = (int) all.stream().filter(l -> l.name() != null).count();
            if (named == 0) continue;
            withNames++;
            locals.writeU32(functionIndex.get(f)).writeU32(named);
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).name() != null) locals.writeU32(i).writeName(all.get(i).name());
            }
        }
        if (withNames > 0) {
            s.writeByte(2).writeSized(new ByteWriter().writeU32(withNames).writeBytes(locals.toByteArray()));
        }
        List<WasmGlobal> globals = module.globals();
        if (!globals.isEmpty()) {
            ByteWriter sub = new ByteWriter().writeU32(globals.size());
            for (WasmGlobal g : globals) sub.writeU32(globalIndex.get(g)).writeName(g.name());
            s.writeByte(7).writeSized(sub);
        }
        return s;
    }
}
