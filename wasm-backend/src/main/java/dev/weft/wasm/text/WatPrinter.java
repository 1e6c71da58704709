package dev.weft.wasm.text;

import dev.weft.wasm.model.Block;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.Br;
import dev.weft.wasm.model.BrIf;
import dev.weft.wasm.model.BrTable;
import dev.weft.wasm.model.Call;
import dev.weft.wasm.model.CallIndirect;
import dev.weft.wasm.model.DataSegment;
import dev.weft.wasm.model.ElementSegment;
import dev.weft.wasm.model.Export;
import dev.weft.wasm.model.F32Const;
import dev.weft.wasm.model.F64Const;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.GlobalGet;
import dev.weft.wasm.model.GlobalSet;
import dev.weft.wasm.model.I32Const;
import dev.weft.wasm.model.I64Const;
import dev.weft.wasm.model.If;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.Load;
import dev.weft.wasm.model.LocalGet;
import dev.weft.wasm.model.LocalSet;
import dev.weft.wasm.model.LocalTee;
import dev.weft.wasm.model.Loop;
import dev.weft.wasm.model.Memory;
import dev.weft.wasm.model.ReturnCall;
import dev.weft.wasm.model.ReturnCallIndirect;
import dev.weft.wasm.model.Store;
import dev.weft.wasm.model.Table;
import dev.weft.wasm.model.ValType;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmGlobal;
import dev.weft.wasm.model.WasmLocal;
import dev.weft.wasm.model.WasmModule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a module as WebAssembly text with flat instructions and {@code $names}, in the IR's
 * order, so that {@link WatReader} reads it back to a module that writes the same bytes.
 * Unnamed locals are referred to by index; labels get names only when something branches to
 * them (generated ones when the IR has none). Duplicate local names are suffixed.
 * {@code call_indirect} spells its type inline, {@code (param ...) (result ...)}, since the IR
 * has no type definitions to name.
 */
public final class WatPrinter {
    private final StringBuilder out = new StringBuilder();
    private final Map<WasmLocal, String> localRefs = new IdentityHashMap<>();
    private final Map<Label, String> labelNames = new IdentityHashMap<>();

    private WatPrinter() {}

    public static String print(WasmModule module) {
        return new WatPrinter().module(module);
    }

    private String module(WasmModule m) {
        out.append("(module");
        if (m.name() != null) out.append(' ').append(Names.id(m.name()));
        for (WasmFunction f : m.imports()) {
            line(1).append("(import ").append(Names.string(f.importFrom().module())).append(' ')
                    .append(Names.string(f.importFrom().field())).append(" (func ").append(Names.id(f.name()));
            for (ValType t : f.type().params()) out.append(" (param ").append(t.text()).append(')');
            results(f.type().results());
            out.append("))");
        }
        m.table().ifPresent(this::table);
        m.memory().ifPresent(this::memory);
        for (WasmGlobal g : m.globals()) {
            line(1).append("(global ").append(Names.id(g.name())).append(' ');
            out.append(g.mutable() ? "(mut " + g.type().text() + ")" : g.type().text()).append(" (");
            instr(g.init(), 0);
            out.append("))");
        }
        for (WasmFunction f : m.definedFunctions()) function(f);
        for (Export e : m.exports()) {
            line(1).append("(export ").append(Names.string(e.name())).append(switch (e) {
                case Export.Func f -> " (func " + Names.id(f.function().name()) + "))";
                case Export.Tab t -> " (table 0))";
                case Export.Global g -> " (global " + Names.id(g.global().name()) + "))";
                case Export.Mem mem -> " (memory 0))";
            });
        }
        for (DataSegment d : m.data()) {
            line(1).append("(data (i32.const ").append(d.offset()).append(") ").append(Names.string(d.bytes())).append(')');
        }
        for (ElementSegment e : m.elements()) {
            line(1).append("(elem (i32.const ").append(e.offset()).append(')');
            for (WasmFunction f : e.functions()) out.append(' ').append(Names.id(f.name()));
            out.append(')');
        }
        m.start().ifPresent(f -> line(1).append("(start ").append(Names.id(f.name())).append(')'));
        return out.append(")\n").toString();
    }

    private void table(Table t) {
        line(1).append("(table ").append(t.minSize());
        t.maxSize().ifPresent(max -> out.append(' ').append(max));
        out.append(" funcref)");
    }

    private void memory(Memory mem) {
        line(1).append("(memory ").append(mem.minPages());
        mem.maxPages().ifPresent(max -> out.append(' ').append(max));
        out.append(')');
    }

    private void function(WasmFunction f) {
        localRefs.clear();
        labelNames.clear();
        Set<String> used = new HashSet<>();
        List<WasmLocal> all = new ArrayList<>(f.params());
        all.addAll(f.locals());
        line(1).append("(func ").append(Names.id(f.name()));
        for (int i = 0; i < all.size(); i++) {
            WasmLocal l = all.get(i);
            boolean param = i < f.params().size();
            if (i == f.params().size()) results(f.type().results());
            String name = l.name() == null ? null : Names.id(Names.unique(l.name(), used));
            localRefs.put(l, name == null ? Integer.toString(i) : name);
            out.append(param ? " (param " : " (local ");
            if (name != null) out.append(name).append(' ');
            out.append(l.type().text()).append(')');
        }
        if (all.size() == f.params().size()) results(f.type().results());
        nameBranchTargets(f.body(), new HashSet<>());
        body(f.body(), 2);
        out.append(')');
    }

    private void results(List<ValType> results) {
        for (ValType t : results) out.append(" (result ").append(t.text()).append(')');
    }

    /** Gives a unique printed name to every label some branch targets. */
    private void nameBranchTargets(List<Instr> body, Set<String> used) {
        for (Instr i : body) {
            switch (i) {
                case Block b -> nameBranchTargets(b.body(), used);
                case Loop l -> nameBranchTargets(l.body(), used);
                case If x -> {
                    nameBranchTargets(x.then(), used);
                    nameBranchTargets(x.otherwise(), used);
                }
                case Br b -> nameLabel(b.label(), used);
                case BrIf b -> nameLabel(b.label(), used);
                case BrTable t -> {
                    t.targets().forEach(l -> nameLabel(l, used));
                    nameLabel(t.otherwise(), used);
                }
                default -> {}
            }
        }
    }

    private void nameLabel(Label label, Set<String> used) {
        labelNames.computeIfAbsent(label, l -> Names.id(Names.unique(l.name() == null ? "L" : l.name(), used)));
    }

    private void body(List<Instr> body, int depth) {
        for (Instr i : body) {
            line(depth);
            instr(i, depth);
        }
    }

    private void instr(Instr instr, int depth) {
        String plain = Mnemonics.nameOf(instr);
        if (plain != null) {
            out.append(plain);
            return;
        }
        switch (instr) {
            case I32Const c -> out.append("i32.const ").append(c.value());
            case I64Const c -> out.append("i64.const ").append(c.value());
            case F32Const c -> out.append("f32.const ").append(Names.f32(c.value()));
            case F64Const c -> out.append("f64.const ").append(Names.f64(c.value()));
            case LocalGet l -> out.append("local.get ").append(local(l.local()));
            case LocalSet l -> out.append("local.set ").append(local(l.local()));
            case LocalTee l -> out.append("local.tee ").append(local(l.local()));
            case GlobalGet g -> out.append("global.get ").append(Names.id(g.global().name()));
            case GlobalSet g -> out.append("global.set ").append(Names.id(g.global().name()));
            case Call c -> out.append("call ").append(Names.id(c.function().name()));
            case CallIndirect c -> typeUse("call_indirect", c.type());
            case ReturnCall c -> out.append("return_call ").append(Names.id(c.function().name()));
            case ReturnCallIndirect c -> typeUse("return_call_indirect", c.type());
            case Load l -> memArg(Mnemonics.name(l.op()), l.offset(), l.align(), l.op().bytes());
            case Store s -> memArg(Mnemonics.name(s.op()), s.offset(), s.align(), s.op().bytes());
            case Block b -> structured("block", b.label(), b.type(), b.body(), List.of(), depth);
            case Loop l -> structured("loop", l.label(), l.type(), l.body(), List.of(), depth);
            case If x -> structured("if", x.label(), x.type(), x.then(), x.otherwise(), depth);
            case Br b -> out.append("br ").append(label(b.label()));
            case BrIf b -> out.append("br_if ").append(label(b.label()));
            case BrTable t -> {
                out.append("br_table");
                t.targets().forEach(l -> out.append(' ').append(label(l)));
                out.append(' ').append(label(t.otherwise()));
            }
            default -> throw new IllegalStateException("no mnemonic for " + instr);
        }
    }

    private void structured(String keyword, Label label, BlockType type, List<Instr> body, List<Instr> otherwise, int depth) {
        out.append(keyword);
        String name = labelNames.get(label);
        if (name != null) out.append(' ').append(name);
        results(type.results());
        body(body, depth + 1);
        if (!otherwise.isEmpty()) {
            line(depth).append("else");
            body(otherwise, depth + 1);
        }
        line(depth).append("end");
    }

    private void typeUse(String op, FuncType type) {
        out.append(op);
        if (!type.params().isEmpty()) {
            out.append(" (param");
            type.params().forEach(t -> out.append(' ').append(t.text()));
            out.append(')');
        }
        results(type.results());
    }

    private void memArg(String op, long offset, int align, int natural) {
        out.append(op);
        if (offset != 0) out.append(" offset=").append(offset);
        if (align != natural) out.append(" align=").append(align);
    }

    private String local(WasmLocal l) {
        String ref = localRefs.get(l);
        if (ref == null) throw new IllegalStateException(l + " is not a local of the function being printed");
        return ref;
    }

    private String label(Label l) {
        return labelNames.get(l);
    }

    private StringBuilder line(int depth) {
        return out.append('\n').append("  ".repeat(depth));
    }
}
