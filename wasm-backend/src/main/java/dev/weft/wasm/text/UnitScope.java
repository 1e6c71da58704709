package dev.weft.wasm.text;

import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmLocal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one text unit names for itself alone, unlike functions and globals, which link through
 * the module: its type definitions (by {@code $name} or index) and its table's {@code $name}.
 * Types are structural, so a name only stands for a signature: the writer keeps one type-section
 * entry per distinct signature, whatever the text called it and wherever it was defined.
 */
final class UnitScope {
    /** A resolved type use: the signature, and its parameters as locals, named where the text names them. */
    record TypeUse(FuncType type, List<WasmLocal> params) {}

    private final Map<String, FuncType> typesByName = new HashMap<>();
    private final List<FuncType> types = new ArrayList<>();
    private SExpr.SList table;
    private String tableName;

    /** {@code (type $t? (func (param ...)* (result ...)*))}, the field's items from after the head. */
    void defineType(SExpr.SList field) {
        Cursor c = new Cursor(field, 1);
        SExpr idPos = c.peek();
        String name = c.tryId();
        SExpr.SList func = c.tryList("func");
        if (func == null) throw c.error("expected '(func ...)': only function types are supported");
        c.expectEnd("'(type ...)'");
        Cursor f = new Cursor(func, 1);
        List<WasmLocal> params = locals(f, "param", new HashMap<>());
        List<ValType> results = results(f);
        f.expectEnd("a function type");
        FuncType type = new FuncType(params.stream().map(WasmLocal::type).toList(), results);
        if (name != null && typesByName.put(name, type) != null) {
            throw new WatSyntaxException(idPos.pos(), "duplicate type $" + name);
        }
        types.add(type);
    }

    /** Notes the unit's {@code (table ...)} field, so {@code $name} references to it resolve before it is read. */
    void declareTable(SExpr.SList field) {
        if (table != null) {
            throw new WatSyntaxException(field.pos(), "a second table: a module has one, declared at " + table.pos());
        }
        table = field;
        tableName = new Cursor(field, 1).tryId();
    }

    /** Checks a table reference: {@code 0}, or the unit's own table's {@code $name}. */
    void table(SExpr.Atom ref) {
        String t = ref.text();
        if (t.startsWith("$")) {
            if (!t.substring(1).equals(tableName)) {
                throw new WatSyntaxException(ref.pos(), "unknown table " + t
                        + (tableName == null ? ": this unit names no table; use 0" : ": the table is $" + tableName));
            }
        } else if (Literals.unsigned(ref, t, Integer.MAX_VALUE, "table index") != 0) {
            throw new WatSyntaxException(ref.pos(), "table index " + t + " out of range: a module has only table 0");
        }
    }

    /** The type named by {@code $name} or index. */
    FuncType type(SExpr.Atom ref) {
        String t = ref.text();
        if (t.startsWith("$")) {
            FuncType type = typesByName.get(t.substring(1));
            if (type == null) throw new WatSyntaxException(ref.pos(), "unknown type " + t);
            return type;
        }
        long i = Literals.unsigned(ref, t, Integer.MAX_VALUE, "type index");
        if (i >= types.size()) {
            throw new WatSyntaxException(ref.pos(), "type index " + i + " out of range: the unit defines " + types.size());
        }
        return types.get((int) i);
    }

    /**
     * {@code (type x)? (param ...)* (result ...)*}. With {@code (type x)} alone the parameters are
     * the type's, unnamed; with both, the inline ones must spell the same signature. Named
     * parameters go into {@code byName}.
     */
    TypeUse typeUse(Cursor c, Map<String, WasmLocal> byName) {
        SExpr.SList ref = c.tryList("type");
        FuncType declared = null;
        String refText = null;
        if (ref != null) {
            Cursor r = new Cursor(ref, 1);
            SExpr.Atom x = r.atom("a type $name or index");
            r.expectEnd("'(type ...)'");
            declared = type(x);
            refText = x.text();
        }
        SExpr inlineAt = c.peek();
        List<WasmLocal> params = locals(c, "param", byName);
        List<ValType> results = results(c);
        FuncType inline = new FuncType(params.stream().map(WasmLocal::type).toList(), results);
        if (declared == null) return new TypeUse(inline, params);
        if (params.isEmpty() && results.isEmpty()) {
            return new TypeUse(declared, declared.params().stream().map(t -> new WasmLocal(null, t)).toList());
        }
        if (!declared.equals(inline)) {
            throw new WatSyntaxException(inlineAt.pos(), "inline signature " + text(inline)
                    + " does not match (type " + refText + "), which is " + text(declared));
        }
        return new TypeUse(declared, params);
    }

    /** {@code (param $p i32)* (param i32 i64)*}, or the same with {@code local}. */
    static List<WasmLocal> locals(Cursor c, String keyword, Map<String, WasmLocal> byName) {
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

    static List<ValType> results(Cursor c) {
        List<ValType> out = new ArrayList<>();
        SExpr.SList r;
        while ((r = c.tryList("result")) != null) out.addAll(InstrReader.valTypes(new Cursor(r, 1)));
        return out;
    }

    private static String text(FuncType t) {
        return "[" + String.join(" ", t.params().stream().map(ValType::text).toList()) + "] -> ["
                + String.join(" ", t.results().stream().map(ValType::text).toList()) + "]";
    }
}
