package dev.weft.wasm.text;

import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.I32Const;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.LinkException;
import dev.weft.wasm.model.Memory;
import dev.weft.wasm.model.Table;
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
 * <p>Supported fields: type (function types, named or not), func (with inline export or import,
 * and a type use), import of functions, global, table of funcref (with inline export or
 * elements), memory (with inline export), active elem and data segments at a constant offset,
 * export, start. Functions and globals must be named, since names are how units link; the
 * module's own {@code $name} is ignored. Type and table names are local to the unit
 * ({@link UnitScope}); they may be used before their field, as in standard WAT.
 */
public final class WatReader {
    private final WasmModule module;
    private final UnitScope scope = new UnitScope();

    private WatReader(WasmModule module) {
        this.module = module;
    }

    /** Parses {@code (module ...)} (or bare module fields) and adds its fields to {@code into}. */
    public static void read(String text, String sourceName, WasmModule into) {
        List<SExpr> top = SExprParser.parse(text, sourceName);
        List<SExpr> fields = top;
        if (top.size() == 1 && top.getFirst() instanceof SExpr.SList m && "module".equals(m.head())) {
            int from = new Cursor(m, 1).tryId() == null ? 1 : 2;
            fields = m.items().subList(from, m.items().size());
        }
        WatReader reader = new WatReader(into);
        // Types and the table's name first: fields may refer to them from earlier in the text.
        for (SExpr field : fields) {
            if (field instanceof SExpr.SList f && "type".equals(f.head())) reader.scope.defineType(f);
            if (field instanceof SExpr.SList f && "table".equals(f.head())) reader.scope.declareTable(f);
        }
        for (SExpr field : fields) reader.field(field);
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
                case "type" -> {} // read first, by read()
                case "func" -> func(c);
                case "import" -> importField(c);
                case "global" -> global(c);
                case "table" -> table(c);
                case "memory" -> memory(c);
                case "elem" -> elem(c);
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
        UnitScope.TypeUse use = scope.typeUse(c, byName);
        if (imp != null) {
            Cursor ic = new Cursor(imp, 1);
            f.defineImport(string(ic, "module name"), string(ic, "field name"), use.type());
            c.expectEnd("an imported function");
        } else {
            List<WasmLocal> locals = UnitScope.locals(c, "local", byName);
            List<WasmLocal> all = new ArrayList<>(use.params());
            all.addAll(locals);
            List<Instr> body = new InstrReader(module, scope, byName, all).sequence(c);
            f.define(use.type(), use.params(), locals, body);
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
        FuncType type = scope.typeUse(d, new HashMap<>()).type();
        d.expectEnd("an imported function's type");
        f.defineImport(from, field, type);
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
        List<Instr> init = new InstrReader(module, scope, Map.of(), List.of()).sequence(c);
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
        int address = offset(c, "a data");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!c.done()) {
            if (!(c.next() instanceof SExpr.Str s)) throw new WatSyntaxException(c.error("").pos(), "expected data strings");
            bytes.writeBytes(s.bytes());
        }
        module.data(address, bytes.toByteArray());
    }

    /** {@code (offset (i32.const N))}, {@code (offset i32.const N)} or {@code (i32.const N)}: the N. */
    private int offset(Cursor c, String segment) {
        SExpr at = c.peek();
        SExpr.SList offsetList = c.tryList("offset");
        List<Instr> offset;
        if (offsetList != null) {
            offset = new InstrReader(module, scope, Map.of(), List.of()).sequence(new Cursor(offsetList, 1));
        } else if (at instanceof SExpr.SList l && !"item".equals(l.head()) && !"ref.func".equals(l.head())) {
            c.next();
            offset = new InstrReader(module, scope, Map.of(), List.of())
                    .sequence(new Cursor(new SExpr.SList(List.of(l), l.pos()), 0));
        } else {
            throw c.error("expected the offset '(i32.const N)': passive and declarative segments are not supported");
        }
        if (offset.size() != 1 || !(offset.getFirst() instanceof I32Const(int value))) {
            throw new WatSyntaxException(at.pos(), segment + " offset must be one i32.const");
        }
        return value;
    }

    /**
     * {@code (table $t? (export "n")* min max? funcref)}, or with the elements inline,
     * {@code (table $t? (export "n")* funcref (elem $f ...))}: a table of exactly that size
     * filled from slot 0.
     */
    private void table(Cursor c) {
        c.tryId();
        List<String> exports = inlineExports(c);
        if (c.tryKeyword("funcref")) {
            SExpr.SList elem = c.tryList("elem");
            if (elem == null) throw c.error("expected the limits before 'funcref', or '(elem ...)' after it");
            c.expectEnd("'(table ...)'");
            List<WasmFunction> functions = functionList(new Cursor(elem, 1));
            module.table(functions.size(), functions.size());
            module.elements(0, functions);
        } else {
            int min = tableSize(c.atom("the minimum number of elements"));
            OptionalInt max = OptionalInt.empty();
            if (c.peek() instanceof SExpr.Atom a && Literals.isInteger(a.text())) max = OptionalInt.of(tableSize(c.atom("")));
            if (!c.tryKeyword("funcref")) throw c.error("expected 'funcref': tables of other references are not supported");
            c.expectEnd("'(table ...)'");
            module.table(new Table(min, max));
        }
        for (String name : exports) module.exportTable(name);
    }

    private static int tableSize(SExpr.Atom a) {
        return (int) Literals.unsigned(a, a.text(), Integer.MAX_VALUE, "table size");
    }

    /**
     * An active segment for table 0: {@code (elem $id? (table x)? offset elemlist)}, where the
     * list is {@code $f*} (the MVP form), {@code func $f*}, or {@code funcref} followed by
     * {@code (ref.func $f)} or {@code (item ref.func $f)} expressions.
     */
    private void elem(Cursor c) {
        c.tryId();
        if (c.peek() instanceof SExpr.Atom a && a.text().equals("declare")) {
            throw c.error("declarative element segments are not supported");
        }
        SExpr.SList table = c.tryList("table");
        if (table != null) {
            Cursor t = new Cursor(table, 1);
            scope.table(t.atom("a table $name or index"));
            t.expectEnd("'(table ...)'");
        }
        int offset = offset(c, "an element");
        List<WasmFunction> functions;
        if (c.tryKeyword("funcref")) {
            functions = new ArrayList<>();
            while (!c.done()) functions.add(refFunc(c));
        } else {
            c.tryKeyword("func");
            functions = functionList(c);
        }
        module.elements(offset, functions);
    }

    /** {@code $f*} to the end of the list; functions link by name, so indexes are refused. */
    private List<WasmFunction> functionList(Cursor c) {
        List<WasmFunction> functions = new ArrayList<>();
        while (!c.done()) functions.add(module.function(c.id("a function (functions link by name)")));
        return functions;
    }

    /** {@code (ref.func $f)}, {@code (item ref.func $f)} or {@code (item (ref.func $f))}. */
    private WasmFunction refFunc(Cursor c) {
        SExpr.SList item = c.tryList("item");
        Cursor ic = item != null ? new Cursor(item, 1) : c;
        SExpr.SList folded = ic.tryList("ref.func");
        Cursor rc = folded != null ? new Cursor(folded, 1) : ic;
        if (folded == null && !rc.tryKeyword("ref.func")) {
            throw c.error("expected '(ref.func $f)': element expressions other than ref.func are not supported");
        }
        WasmFunction f = module.function(rc.id("a function (functions link by name)"));
        if (folded != null) rc.expectEnd("'(ref.func ...)'");
        if (item != null) ic.expectEnd("'(item ...)'");
        return f;
    }

    private void export(Cursor c) {
        String name = string(c, "export name");
        SExpr.SList desc;
        if ((desc = c.tryList("func")) != null) {
            module.export(name, module.function(new Cursor(desc, 1).id("the exported function")));
        } else if ((desc = c.tryList("global")) != null) {
            module.export(name, module.global(new Cursor(desc, 1).id("the exported global")));
        } else if ((desc = c.tryList("table")) != null) {
            Cursor t = new Cursor(desc, 1);
            scope.table(t.atom("a table $name or index"));
            t.expectEnd("'(table ...)'");
            module.exportTable(name);
        } else if (c.tryList("memory") != null) {
            module.exportMemory(name);
        } else {
            throw c.error("expected '(func $f)', '(global $g)', '(table 0)' or '(memory 0)'");
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

    private static String string(Cursor c, String what) {
        if (c.peek() instanceof SExpr.Str s) {
            c.next();
            return s.utf8();
        }
        throw c.error("expected the " + what + " as a string");
    }
}
