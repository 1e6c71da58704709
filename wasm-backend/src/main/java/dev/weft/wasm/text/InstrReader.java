package dev.weft.wasm.text;

import dev.weft.wasm.model.Block;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.BrTable;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.If;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.Load;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.Loop;
import dev.weft.wasm.model.Store;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the instructions of one function body (or a constant expression), flat
 * ({@code block $l ... end}) or folded ({@code (i32.add (local.get $a) (i32.const 1))}), in any
 * mix. Functions and globals resolve through the module's namespace; types and the table
 * through the unit's {@link UnitScope}; locals and labels by {@code $name} or index.
 */
final class InstrReader {
    private final WasmModule module;
    private final UnitScope scope;
    private final Map<String, WasmLocal> localsByName;
    private final List<WasmLocal> locals;
    private final List<Label> labels = new ArrayList<>();

    InstrReader(WasmModule module, UnitScope scope, Map<String, WasmLocal> localsByName, List<WasmLocal> locals) {
        this.module = module;
        this.scope = scope;
        this.localsByName = localsByName;
        this.locals = locals;
    }

    /** Instructions up to the end of the cursor's list. */
    List<Instr> sequence(Cursor c) {
        List<Instr> out = new ArrayList<>();
        sequence(c, Set.of(), out);
        return out;
    }

    /** Instructions until the end of the list or one of the {@code stops} keywords, left unread. */
    private void sequence(Cursor c, Set<String> stops, List<Instr> out) {
        while (!c.done()) {
            if (c.peek() instanceof SExpr.Atom a && stops.contains(a.text())) return;
            switch (c.next()) {
                case SExpr.SList l -> folded(l, out);
                case SExpr.Atom a -> flat(a, c, out);
                case SExpr.Str s -> throw new WatSyntaxException(s.pos(), "expected an instruction, got a string");
            }
        }
    }

    private void flat(SExpr.Atom op, Cursor c, List<Instr> out) {
        switch (op.text()) {
            case "block", "loop" -> {
                Label label = new Label(c.tryId());
                BlockType type = blockType(c);
                List<Instr> body = new ArrayList<>();
                labels.add(label);
                sequence(c, Set.of("end"), body);
                labels.removeLast();
                end(c, op, label);
                out.add(op.text().equals("block") ? new Block(label, type, body) : new Loop(label, type, body));
            }
            case "if" -> {
                Label label = new Label(c.tryId());
                BlockType type = blockType(c);
                List<Instr> then = new ArrayList<>();
                List<Instr> otherwise = new ArrayList<>();
                labels.add(label);
                sequence(c, Set.of("else", "end"), then);
                if (c.tryKeyword("else")) {
                    matchLabel(c, label);
                    sequence(c, Set.of("end"), otherwise);
                }
                labels.removeLast();
                end(c, op, label);
                out.add(new If(label, type, then, otherwise));
            }
            case "end", "else", "then" ->
                throw new WatSyntaxException(op.pos(), "'" + op.text() + "' without an open block, loop or if");
            default -> out.add(operator(op, c));
        }
    }

    private void end(Cursor c, SExpr.Atom opener, Label label) {
        if (!c.tryKeyword("end")) {
            throw new WatSyntaxException(opener.pos(), "'" + opener.text() + "' is never closed: expected 'end'");
        }
        matchLabel(c, label);
    }

    private static void matchLabel(Cursor c, Label label) {
        SExpr next = c.peek();
        String id = c.tryId();
        if (id != null && !id.equals(label.name())) {
            throw new WatSyntaxException(next.pos(), "label $" + id + " does not match the block's "
                    + (label.name() == null ? "missing label" : "$" + label.name()));
        }
    }

    private void folded(SExpr.SList list, List<Instr> out) {
        if (list.head() == null) {
            throw new WatSyntaxException(list.pos(), "expected a folded instruction '(op ...)'");
        }
        SExpr.Atom op = (SExpr.Atom) list.items().getFirst();
        Cursor c = new Cursor(list, 1);
        switch (op.text()) {
            case "block", "loop" -> {
                Label label = new Label(c.tryId());
                BlockType type = blockType(c);
                labels.add(label);
                List<Instr> body = sequence(c);
                labels.removeLast();
                out.add(op.text().equals("block") ? new Block(label, type, body) : new Loop(label, type, body));
            }
            case "if" -> {
                Label label = new Label(c.tryId());
                BlockType type = blockType(c);
                while (c.peek() instanceof SExpr.SList cond && !"then".equals(cond.head())) {
                    folded((SExpr.SList) c.next(), out);
                }
                SExpr.SList thenList = c.tryList("then");
                if (thenList == null) throw c.error("expected '(then ...)'");
                SExpr.SList elseList = c.tryList("else");
                c.expectEnd("'(if ...)'");
                labels.add(label);
                List<Instr> then = sequence(new Cursor(thenList, 1));
                List<Instr> otherwise = elseList == null ? List.of() : sequence(new Cursor(elseList, 1));
                labels.removeLast();
                out.add(new If(label, type, then, otherwise));
            }
            default -> {
                Instr instr = operator(op, c);
                while (!c.done()) {
                    if (!(c.next() instanceof SExpr.SList operand)) {
                        throw new WatSyntaxException(list.items().get(0).pos(),
                                "operands of folded '" + op.text() + "' must be folded instructions");
                    }
                    folded(operand, out);
                }
                out.add(instr);
            }
        }
    }

    /** An instruction other than block, loop and if, with its immediates. */
    private Instr operator(SExpr.Atom op, Cursor c) {
        String name = op.text();
        if (name.equals("select") && c.tryList("result") != null) {
            return Instr.SELECT; // select (result t) on numbers behaves as the untyped one
        }
        Instr plain = Mnemonics.plain(name);
        if (plain != null) return plain;
        LoadOp load = Mnemonics.load(name);
        if (load != null) {
            long[] arg = memArg(c, load.bytes());
            return checked(op, () -> new Load(load, arg[0], (int) arg[1]));
        }
        StoreOp store = Mnemonics.store(name);
        if (store != null) {
            long[] arg = memArg(c, store.bytes());
            return checked(op, () -> new Store(store, arg[0], (int) arg[1]));
        }
        return switch (name) {
            case "i32.const" -> Instr.i32(Literals.i32(c.atom("an i32 literal")));
            case "i64.const" -> Instr.i64(Literals.i64(c.atom("an i64 literal")));
            case "f32.const" -> Instr.f32(Literals.f32(c.atom("an f32 literal")));
            case "f64.const" -> Instr.f64(Literals.f64(c.atom("an f64 literal")));
            case "local.get" -> Instr.localGet(local(c));
            case "local.set" -> Instr.localSet(local(c));
            case "local.tee" -> Instr.localTee(local(c));
            case "global.get" -> Instr.globalGet(module.global(c.id("a global")));
            case "global.set" -> Instr.globalSet(module.global(c.id("a global")));
            case "call" -> Instr.call(module.function(c.id("a function")));
            case "call_indirect" -> Instr.callIndirect(indirectType(c));
            case "return_call" -> Instr.returnCall(module.function(c.id("a function")));
            case "return_call_indirect" -> Instr.returnCallIndirect(indirectType(c));
            case "br" -> Instr.br(label(c.atom("a label")));
            case "br_if" -> Instr.brIf(label(c.atom("a label")));
            case "br_table" -> {
                List<Label> targets = new ArrayList<>();
                while (c.peek() instanceof SExpr.Atom a && (a.text().startsWith("$") || Literals.isInteger(a.text()))) {
                    targets.add(label((SExpr.Atom) c.next()));
                }
                if (targets.isEmpty()) throw c.error("expected br_table's labels");
                yield new BrTable(targets.subList(0, targets.size() - 1), targets.getLast());
            }
            default -> throw new WatSyntaxException(op.pos(), "unknown or unsupported instruction '" + name + "'");
        };
    }

    /** {@code tableref? typeuse} of call_indirect and return_call_indirect; parameter names are ignored. */
    private FuncType indirectType(Cursor c) {
        if (c.peek() instanceof SExpr.Atom a && (a.text().startsWith("$") || Literals.isInteger(a.text()))) {
            scope.table((SExpr.Atom) c.next());
        }
        return scope.typeUse(c, new HashMap<>()).type();
    }

    private static Instr checked(SExpr.Atom op, java.util.function.Supplier<Instr> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new WatSyntaxException(op.pos(), e.getMessage());
        }
    }

    /** {@code offset=N? align=N?}; returns {offset, align in bytes}. */
    private static long[] memArg(Cursor c, int natural) {
        long offset = 0;
        long align = natural;
        if (c.peek() instanceof SExpr.Atom a && a.text().startsWith("offset=")) {
            c.next();
            offset = Literals.unsigned(a, a.text().substring(7), 0xFFFF_FFFFL, "offset");
        }
        if (c.peek() instanceof SExpr.Atom a && a.text().startsWith("align=")) {
            c.next();
            align = Literals.unsigned(a, a.text().substring(6), 8, "align");
        }
        return new long[] {offset, align};
    }

    /** {@code (result t*)*}; block parameters and type uses are not supported. */
    BlockType blockType(Cursor c) {
        List<ValType> results = new ArrayList<>();
        while (true) {
            SExpr.SList r = c.tryList("result");
            if (r == null) break;
            results.addAll(valTypes(new Cursor(r, 1)));
        }
        if (c.peek() instanceof SExpr.SList l && ("param".equals(l.head()) || "type".equals(l.head()))) {
            throw new WatSyntaxException(l.pos(), "block '(" + l.head() + " ...)' is not supported: blocks take results only");
        }
        return new BlockType(results);
    }

    static List<ValType> valTypes(Cursor c) {
        List<ValType> types = new ArrayList<>();
        while (!c.done()) types.add(valType(c.atom("a value type")));
        return types;
    }

    static ValType valType(SExpr.Atom a) {
        return switch (a.text()) {
            case "i32" -> ValType.I32;
            case "i64" -> ValType.I64;
            case "f32" -> ValType.F32;
            case "f64" -> ValType.F64;
            default -> throw new WatSyntaxException(a.pos(), "expected a value type (i32, i64, f32, f64), got '" + a.text() + "'");
        };
    }

    private WasmLocal local(Cursor c) {
        SExpr.Atom a = c.atom("a local");
        if (a.text().startsWith("$")) {
            WasmLocal l = localsByName.get(a.text().substring(1));
            if (l == null) throw new WatSyntaxException(a.pos(), "unknown local " + a.text());
            return l;
        }
        long i = Literals.unsigned(a, a.text(), Integer.MAX_VALUE, "local index");
        if (i >= locals.size()) {
            throw new WatSyntaxException(a.pos(), "local index " + i + " out of range: the function has " + locals.size());
        }
        return locals.get((int) i);
    }

    private Label label(SExpr.Atom a) {
        if (a.text().startsWith("$")) {
            String name = a.text().substring(1);
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (name.equals(labels.get(i).name())) return labels.get(i);
            }
            throw new WatSyntaxException(a.pos(), "unknown label " + a.text() + ": not an enclosing block, loop or if");
        }
        long depth = Literals.unsigned(a, a.text(), Integer.MAX_VALUE, "label depth");
        if (depth >= labels.size()) {
            // Depth == labels.size() would be the function body itself, which the IR does not name.
            throw new WatSyntaxException(a.pos(), "label depth " + depth + " is out of range (use return to leave the function)");
        }
        return labels.get(labels.size() - 1 - (int) depth);
    }
}
