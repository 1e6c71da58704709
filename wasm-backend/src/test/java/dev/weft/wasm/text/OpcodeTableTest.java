package dev.weft.wasm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.wasm.Wabt;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.Convert;
import dev.weft.wasm.model.FloatBinary;
import dev.weft.wasm.model.FloatCompare;
import dev.weft.wasm.model.FloatUnary;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinary;
import dev.weft.wasm.model.IntCompare;
import dev.weft.wasm.model.IntUnOp;
import dev.weft.wasm.model.IntUnary;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.MemoryInstr;
import dev.weft.wasm.model.Simple;
import dev.weft.wasm.model.StoreOp;
import dev.weft.wasm.model.ValType;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every mnemonic the reader knows, one function each, encoded by wat2wasm and by our reader
 * plus writer: the bytes must agree. This guards the opcode arithmetic in the encoder and the
 * mnemonic table at once.
 */
class OpcodeTableTest {
    /** Operand and result types of an instruction without immediates. */
    private record Sig(List<ValType> params, List<ValType> results) {}

    private static Sig sig(Instr instr) {
        ValType i32 = ValType.I32;
        return switch (instr) {
            case IntBinary b -> new Sig(List.of(b.type().valType(), b.type().valType()), List.of(b.type().valType()));
            case IntCompare b -> new Sig(List.of(b.type().valType(), b.type().valType()), List.of(i32));
            case IntUnary u -> new Sig(List.of(u.type().valType()), List.of(u.op() == IntUnOp.EQZ ? i32 : u.type().valType()));
            case FloatBinary b -> new Sig(List.of(b.type().valType(), b.type().valType()), List.of(b.type().valType()));
            case FloatCompare b -> new Sig(List.of(b.type().valType(), b.type().valType()), List.of(i32));
            case FloatUnary u -> new Sig(List.of(u.type().valType()), List.of(u.type().valType()));
            case Convert c -> new Sig(List.of(c.op().from()), List.of(c.op().to()));
            case MemoryInstr m -> switch (m.op()) {
                case SIZE -> new Sig(List.of(), List.of(i32));
                case GROW -> new Sig(List.of(i32), List.of(i32));
                case COPY, FILL -> new Sig(List.of(i32, i32, i32), List.of());
            };
            case Simple s -> switch (s.op()) {
                case DROP -> new Sig(List.of(i32), List.of());
                case SELECT -> new Sig(List.of(i32, i32, i32), List.of(i32));
                default -> new Sig(List.of(), List.of());
            };
            default -> throw new AssertionError(instr);
        };
    }

    private static String func(int n, Sig sig, String body) {
        StringBuilder b = new StringBuilder("  (func $f" + n);
        for (ValType t : sig.params) b.append(" (param ").append(t.text()).append(")");
        for (ValType t : sig.results) b.append(" (result ").append(t.text()).append(")");
        for (int i = 0; i < sig.params.size(); i++) b.append(" local.get ").append(i);
        return b.append(" ").append(body).append(")\n").toString();
    }

    @Test
    void everyMnemonicEncodesAsWat2wasmDoes() {
        Wabt.assumeTool("wat2wasm");
        StringBuilder wat = new StringBuilder("(module\n  (memory 1)\n");
        int n = 0;
        for (Map.Entry<String, Instr> e : Mnemonics.plain().entrySet()) {
            wat.append(func(n++, sig(e.getValue()), e.getKey()));
        }
        for (LoadOp op : LoadOp.values()) {
            wat.append(func(n++, new Sig(List.of(ValType.I32), List.of(op.type())),
                    Mnemonics.name(op) + " offset=" + (n * 3) + " align=1"));
        }
        for (StoreOp op : StoreOp.values()) {
            wat.append(func(n++, new Sig(List.of(ValType.I32, op.type()), List.of()),
                    Mnemonics.name(op) + " offset=0x7fffffff"));
        }
        wat.append(")\n");
        byte[] theirs = Wabt.wat2wasm(wat.toString());
        byte[] ours = WasmWriter.write(WatReader.read(wat.toString(), "opcodes.wat"), false);
        HexFormat hex = HexFormat.ofDelimiter(" ");
        assertEquals(hex.formatHex(theirs), hex.formatHex(ours));
    }
}
