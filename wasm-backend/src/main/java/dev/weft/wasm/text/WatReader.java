package dev.weft.wasm.text;

import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.I32Const;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.LinkException;
import dev.weft.wasm.model.Memory;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmGlobal;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads a WebAssembly text unit and adds its fields to an existing module. Function and global
 * {@code $names} resolve through the module's namespace, so units read into one module link by
 * plain concatenation: a call to {@code $rts_flush} finds the function another unit defines.
 *
 * <p>Supported fields: func (with inline export or import), import of functions, global,
 * memory (with inline export), data at a constant offset, export, start. Functions and globals
 * must be named, since names are how units link; the module's own {@code $name} is ignored.
 */
public final class WatReader {
    private final WasmModule module;

    private WatReader(WasmModule module) {
        this.module = module;
    }

    /** Parses {@code (module ...)} (or bare module fields) and adds its fields to {@code into}. */
    public static void read(String text, String sourceName, WasmModule into) {
        List<SExpr> top = SExprParser.parse(text, sourceName);
        WatReader reader = new WatReader(into);
        if (top.size() == 1 && top.getFirst() instanceof SExpr.SList m && "module".equals(m.head())) {
            Cursor c = new Cursor(m, 1);
            c.tryId();
            while (!c.done()) reader.field(c.next());
        } else {
            for (SExpr field : top) reader.field(field);
        }
    }

    /** Reads one unit into a fresh module. */
    public static WasmModule read(String text, String sourceName) {
        WasmModule m = new WasmModule();
        read(text, sourceName, m);
        return m;
    }

    private void field(SExpr e) {
        if (!(e instanceof SExpr.SList f) || f.head() == null) {
            throw new WatSyntaxException(e.pos(), "expected a module field '(func ...)', '(global ...)', ...");
        }
        Cursor c = new Cursor(f, 1);
        try {
            switch (f.head()) {
                case "func" -> func(c);
                case "import" -> importField(c);
                case "global" -> global(c);
                case "memory" -> memory(c);
                case "data" -> data(c);
                case "export" -> export(c);
                case "start" -> module.start(module.function(c.id("the start function")));
                default -> throw new WatSyntaxException(f.pos(), "unsupported module field '(" + f.head() + " ...)'");
            }
        } catch (LinkException | IllegalArgumentException ex) {
            throw new LinkException(f.pos() + ": " + ex.getMessage());
        }
    }

    private void func(Cursor c) {
        WasmFunction f = module.function(c.id("the function (functions link by name)"));
        List<String> exports = inlineExports(c);
        SExpr.SList imp = c.tryList("import");
        Map<String, WasmLocal> byName = new HashMap<>();
        List<WasmLocal> params = locals(c, "param", byName);
        List<ValType> results = results(c);
        FuncType type = new FuncType(params.stream().map(WasmLocal::type).toList(), results);
        if (imp != null) {
            Cursor ic = new Cursor(imp, 1);
            f.defineImport(string(ic, "module name"), string(ic, "field name"), type);
            c.expectEnd("an imported function");
        } else {
            List<WasmLocal> locals = locals(c, "local", byName);
            List<WasmLocal> all = new ArrayList<>(params);
            all.addAll(locals);
            List<Instr> body = new InstrReader(module, byName, all).sequence(c);
            f.define(type, params, locals, body);
        }
        for (String name : exports) module.export(name, f);
    }

    private void importField(Cursor c) {
        String from = string(c, "module name");
        String field = string(c, "field name");
        SExpr.SList desc = c.tryList("func");
        if (desc == null) throw c.error("expected '(func $name ...)': only functions can be imported");
        c.expectEnd("'(import ...)'");
        Cursor d = new Cursor(desc, 1);
        WasmFunction f = module.function(d.id("the imported function (functions link by name)"));
        List<WasmLocal> params = locals(d, "param", new HashMap<>());
        List<ValType> results = results(d);
        d.expectEnd("an imported function's type");
        f.defineImport(from, field, new FuncType(params.stream().map(WasmLocal::type).toList(), results));
    }

    private void global(Cursor c) {
        WasmGlobal g = module.global(c.id("the global (globals link by name)"));
        List<String> exports = inlineExports(c);
        boolean mutable = false;
        ValType type;
        SExpr.SList mut = c.tryList("mut");
        if (mut != null) {
            mutable = true;
            Cursor m = new Cursor(mut, 1);
            type = InstrReader.valType(m.atom("a value type"));
            m.expectEnd("'(mut ...)'");
        } else {
            type = InstrReader.valType(c.atom("a value type or '(mut ...)'"));
        }
        SExpr at = c.peek();
        List<Instr> init = new InstrReader(module, Map.of(), List.of()).sequence(c);
        if (init.size() != 1) {
            throw new WatSyntaxException(at == null ? c.error("").pos() : at.pos(),
                    "expected one constant instruction as the initializer of $" + g.name());
        }
        g.define(type, mutable, init.getFirst());
        for (String name : exports) module.export(name, g);
    }

    private void memory(Cursor c) {
        c.tryId();
        List<String> exports = inlineExports(c);
        SExpr.Atom minAtom = c.atom("the minimum number of pages");
        int min = (int) Literals.unsigned(minAtom, minAtom.text(), Memory.MAX_PAGES, "page count");
        OptionalInt max = OptionalInt.empty();
        if (!c.done()) {
            SExpr.Atom maxAtom = c.atom("the maximum number of pages");
            max = OptionalInt.of((int) Literals.unsigned(maxAtom, maxAtom.text(), Memory.MAX_PAGES, "page count"));
        }
        c.expectEnd("'(memory ...)'");
        module.memory(new Memory(min, max));
        for (String name : exports) module.exportMemory(name);
    }

    private void data(Cursor c) {
        c.tryId();
        SExpr.SList mem = c.tryList("memory");
        if (mem != null && !(mem.items().size() == 2 && mem.items().get(1) instanceof SExpr.Atom a && a.text().equals("0"))) {
            throw new WatSyntaxException(mem.pos(), "only memory 0 exists");
        }
        SExpr.SList offsetList = c.tryList("offset");
        List<Instr> offset;
        if (offsetList != null) {
            offset = new InstrReader(module, Map.of(), List.of()).sequence(new Cursor(offsetList, 1));
        } else if (c.peek() instanceof SExpr.SList l) {
            c.next();
            offset = new ArrayList<>();
            offset.addAll(new InstrReader(module, Map.of(), List.of())
                    .sequence(new Cursor(new SExpr.SList(List.of(l), l.pos()), 0)));
        } else {
            throw c.error("expected the offset '(i32.const N)': passive segments are not supported");
        }
        if (offset.size() != 1 || !(offset.getFirst() instanceof I32Const(int address))) {
            throw new WatSyntaxException(c.error("").pos(), "a data offset must be one i32.const");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!c.done()) {
            if (!(c.next() instanceof SExpr.Str s)) throw new WatSyntaxException(c.error("").pos(), "expected data strings");
            bytes.writeBytes(s.bytes());
        }
        module.data(address, bytes.toByteArray());
    }

    private void export(Cursor c) {
        String name = string(c, "export name");
        SExpr.SList desc;
        if ((desc = c.tryList("func")) != null) {
            module.export(name, module.function(new Cursor(desc, 1).id("the exported function")));
        } else if ((desc = c.tryList("global")) != null) {
            module.export(name, module.global(new Cursor(desc, 1).id("the exported global")));
        } else if (c.tryList("memory") != null) {
            module.exportMemory(name);
        } else {
            throw c.error("expected '(func $f)', '(global $g)' or '(memory 0)'");
        }
        c.expectEnd("'(export ...)'");
    }

    private static List<String> inlineExports(Cursor c) {
        List<String> names = new ArrayList<>();
        SExpr.SList e;
        while ((e = c.tryList("export")) != null) {
            Cursor ec = new Cursor(e, 1);
            names.add(string(ec, "export name"));
            ec.expectEnd("'(export ...)'");
        }
        return names;
    }

    /** {@code (param $p i32)* (param i32 i64)*}, or the same with {@code local}. */
    private static List<WasmLocal> locals(Cursor c, String keyword, Map<String, WasmLocal> byName) {
        List<WasmLocal> out = new ArrayList<>();
        SExpr.SList l;
        while ((l = c.tryList(keyword)) != null) {
            Cursor lc = new Cursor(l, 1);
            SExpr idPos = lc.peek();
            String name = lc.tryId();
            if (name != null) {
                WasmLocal local = new WasmLocal(name, InstrReader.valType(lc.atom("a value type")));
                lc.expectEnd("a named " + keyword);
                if (byName.put(name, local) != null) {
                    throw new WatSyntaxException(idPos.pos(), "duplicate local $" + name);
                }
                out.add(local);
            } else {
                for (ValType t : InstrReader.valTypes(lc)) out.add(new WasmLocal(null, t));
            }
        }
        return out;
    }

    private static List<ValType> results(Cursor c) {
        List<ValType> out = new ArrayList<>();
        SExpr.SList r;
        while ((r = c.tryList("result")) != null) out.addAll(InstrReader.valTypes(new Cursor(r, 1)));
        return out;
    }

    private static String string(Cursor c, String what) {
        if (c.peek() instanceof SExpr.Str s) {
            c.next();
            return s.utf8();
        }
        throw c.error("expected the " + what + " as a string");
    }
}
