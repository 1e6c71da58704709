package dev.weft.wasm.binary;

import dev.weft.wasm.model.Block;
import dev.weft.wasm.model.BlockType;
import dev.weft.wasm.model.Br;
import dev.weft.wasm.model.BrIf;
import dev.weft.wasm.model.BrTable;
import dev.weft.wasm.model.Call;
import dev.weft.wasm.model.CallIndirect;
import dev.weft.wasm.model.Convert;
import dev.weft.wasm.model.F32Const;
import dev.weft.wasm.model.F64Const;
import dev.weft.wasm.model.FloatBinary;
import dev.weft.wasm.model.FloatCompare;
import dev.weft.wasm.model.FloatType;
import dev.weft.wasm.model.FloatUnary;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.GlobalGet;
import dev.weft.wasm.model.GlobalSet;
import dev.weft.wasm.model.I32Const;
import dev.weft.wasm.model.I64Const;
import dev.weft.wasm.model.If;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinary;
import dev.weft.wasm.model.IntCompare;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.IntUnary;
import dev.weft.wasm.model.Label;
import dev.weft.wasm.model.Load;
import dev.weft.wasm.model.LocalGet;
import dev.weft.wasm.model.LocalSet;
import dev.weft.wasm.model.LocalTee;
import dev.weft.wasm.model.Loop;
import dev.weft.wasm.model.MemoryInstr;
import dev.weft.wasm.model.ReturnCall;
import dev.weft.wasm.model.ReturnCallIndirect;
import dev.weft.wasm.model.Simple;
import dev.weft.wasm.model.Store;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmGlobal;
import dev.weft.wasm.model.WasmLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Instructions to opcodes for one function body. Turns object references into indexes and
 * labels into branch depths. The numeric families are encoded as a base opcode plus the
 * operator's ordinal: the model's enums are declared in opcode order, and
 * {@code OpcodeTableTest} checks every one against wat2wasm.
 */
final class InstrEncoder {
    private final ByteWriter out;
    private final String functionName;
    private final Map<WasmFunction, Integer> functions;
    private final Map<WasmGlobal, Integer> globals;
    private final Map<WasmLocal, Integer> locals;
    private final TypeTable types;
    private final boolean hasTable;
    /** Enclosing labels, innermost last. */
    private final List<Label> labels = new ArrayList<>();

    InstrEncoder(ByteWriter out, String functionName, Map<WasmFunction, Integer> functions,
            Map<WasmGlobal, Integer> globals, Map<WasmLocal, Integer> locals, TypeTable types, boolean hasTable) {
        this.out = out;
        this.functionName = functionName;
        this.functions = functions;
        this.globals = globals;
        this.locals = locals;
        this.types = types;
        this.hasTable = hasTable;
    }

    void encode(List<Instr> body) {
        for (Instr instr : body) {
            encode(instr);
        }
    }

    private void encode(Instr instr) {
        switch (instr) {
            case I32Const c -> out.writeByte(0x41).writeS32(c.value());
            case I64Const c -> out.writeByte(0x42).writeS64(c.value());
            case F32Const c -> out.writeByte(0x43).writeF32(c.value());
            case F64Const c -> out.writeByte(0x44).writeF64(c.value());
            case IntBinary b -> out.writeByte((b.type() == IntType.I32 ? 0x6A : 0x7C) + b.op().ordinal());
            case IntCompare c -> out.writeByte((c.type() == IntType.I32 ? 0x46 : 0x51) + c.op().ordinal());
            case IntUnary u -> out.writeByte(intUnary(u));
            case FloatBinary b -> out.writeByte((b.type() == FloatType.F32 ? 0x92 : 0xA0) + b.op().ordinal());
            case FloatUnary u -> out.writeByte((u.type() == FloatType.F32 ? 0x8B : 0x99) + u.op().ordinal());
            case FloatCompare c -> out.writeByte((c.type() == FloatType.F32 ? 0x5B : 0x61) + c.op().ordinal());
            case Convert c -> {
                if (c.op().saturating()) {
                    out.writeByte(0xFC).writeU32(c.op().ordinal() - firstSaturating());
                } else {
                    out.writeByte(0xA7 + c.op().ordinal());
                }
            }
            case LocalGet l -> out.writeByte(0x20).writeU32(local(l.local()));
            case LocalSet l -> out.writeByte(0x21).writeU32(local(l.local()));
            case LocalTee l -> out.writeByte(0x22).writeU32(local(l.local()));
            case GlobalGet g -> out.writeByte(0x23).writeU32(global(g.global()));
            case GlobalSet g -> out.writeByte(0x24).writeU32(global(g.global()));
            case Load l -> memArg(0x28 + l.op().ordinal(), l.align(), l.offset());
            case Store s -> memArg(0x36 + s.op().ordinal(), s.align(), s.offset());
            case MemoryInstr m -> {
                switch (m.op()) {
                    case SIZE -> out.writeByte(0x3F).writeByte(0x00);
                    case GROW -> out.writeByte(0x40).writeByte(0x00);
                    case COPY -> out.writeByte(0xFC).writeU32(10).writeByte(0x00).writeByte(0x00);
                    case FILL -> out.writeByte(0xFC).writeU32(11).writeByte(0x00);
                }
            }
            case Call c -> out.writeByte(0x10).writeU32(function(c.function()));
            // The table index is 0x00: one byte, as the MVP's reserved zero, so engines
            // without reference types read it too.
            case CallIndirect c -> out.writeByte(0x11).writeU32(indirectType(c.type(), "call_indirect")).writeByte(0x00);
            case ReturnCall c -> out.writeByte(0x12).writeU32(function(c.function()));
            case ReturnCallIndirect c ->
                out.writeByte(0x13).writeU32(indirectType(c.type(), "return_call_indirect")).writeByte(0x00);
            case Simple s -> out.writeByte(switch (s.op()) {
                case UNREACHABLE -> 0x00;
                case NOP -> 0x01;
                case DROP -> 0x1A;
                case SELECT -> 0x1B;
                case RETURN -> 0x0F;
            });
            case Block b -> structured(0x02, b.label(), b.type(), b.body());
            case Loop l -> structured(0x03, l.label(), l.type(), l.body());
            case If i -> {
                out.writeByte(0x04);
                blockType(i.type());
                labels.add(i.label());
                encode(i.then());
                if (!i.otherwise().isEmpty()) {
                    out.writeByte(0x05);
                    encode(i.otherwise());
                }
                labels.removeLast();
                out.writeByte(0x0B);
            }
            case Br b -> out.writeByte(0x0C).writeU32(depth(b.label()));
            case BrIf b -> out.writeByte(0x0D).writeU32(depth(b.label()));
            case BrTable t -> {
                out.writeByte(0x0E).writeU32(t.targets().size());
                for (Label l : t.targets()) out.writeU32(depth(l));
                out.writeU32(depth(t.otherwise()));
            }
        }
    }

    private static int intUnary(IntUnary u) {
        boolean i32 = u.type() == IntType.I32;
        return switch (u.op()) {
            case CLZ, CTZ, POPCNT -> (i32 ? 0x67 : 0x79) + u.op().ordinal();
            case EQZ -> i32 ? 0x45 : 0x50;
            case EXTEND8_S -> i32 ? 0xC0 : 0xC2;
            case EXTEND16_S -> i32 ? 0xC1 : 0xC3;
            case EXTEND32_S -> 0xC4;
        };
    }

    private static int firstSaturating() {
        return dev.weft.wasm.model.ConvertOp.I32_TRUNC_SAT_F32_S.ordinal();
    }

    private void structured(int opcode, Label label, BlockType type, List<Instr> body) {
        out.writeByte(opcode);
        blockType(type);
        labels.add(label);
        encode(body);
        labels.removeLast();
        out.writeByte(0x0B);
    }

    private void blockType(BlockType type) {
        switch (type.results().size()) {
            case 0 -> out.writeByte(0x40);
            case 1 -> out.writeByte(TypeTable.code(type.results().getFirst()));
            // Multi-value: a type index written as a positive s33.
            default -> out.writeS64(types.indexOf(new FuncType(List.of(), type.results())));
        }
    }

    private void memArg(int opcode, int alignBytes, long offset) {
        out.writeByte(opcode).writeU32(Integer.numberOfTrailingZeros(alignBytes)).writeU64(offset);
    }

    private int indirectType(FuncType type, String op) {
        if (!hasTable) {
            throw new EncodeException("function $" + functionName + ": " + op + " needs a table, and none is declared");
        }
        return types.indexOf(type);
    }

    private int depth(Label label) {
        int i = labels.lastIndexOf(label);
        if (i < 0) {
            throw new EncodeException("function $" + functionName + ": branch to " + label
                    + ", which is not an enclosing block, loop or if");
        }
        return labels.size() - 1 - i;
    }

    private int local(WasmLocal local) {
        Integer i = locals.get(local);
        if (i == null) {
            throw new EncodeException("function $" + functionName + ": " + local + " is not one of its locals");
        }
        return i;
    }

    private int global(WasmGlobal global) {
        Integer i = globals.get(global);
        if (i == null) {
            throw new EncodeException("function $" + functionName + ": " + global + " is not defined in this module");
        }
        return i;
    }

    private int function(WasmFunction function) {
        Integer i = functions.get(function);
        if (i == null) {
            throw new EncodeException("function $" + functionName + ": call to " + function
                    + ", which is not defined in this module");
        }
        return i;
    }
}
