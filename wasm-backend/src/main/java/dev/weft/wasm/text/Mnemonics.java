package dev.weft.wasm.text;

import dev.weft.wasm.model.ConvertOp;
import dev.weft.wasm.model.FloatBinOp;
import dev.weft.wasm.model.FloatCmpOp;
import dev.weft.wasm.model.FloatType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.IntBinOp;
import dev.weft.wasm.model.IntCmpOp;
import dev.weft.wasm.model.IntType;
import dev.weft.wasm.model.IntUnOp;
import dev.weft.wasm.model.LoadOp;
import dev.weft.wasm.model.MemoryOp;
import dev.weft.wasm.model.SimpleOp;
import dev.weft.wasm.model.StoreOp;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text mnemonics, in both directions, for every instruction without immediates (which are
 * values, so one table serves reader and printer) and for loads and stores. Mnemonics are
 * derived from the model's enum names: {@code I64_EXTEND_I32_S} is {@code i64.extend_i32_s}.
 */
public final class Mnemonics {
    private static final Map<String, Instr> PLAIN = new LinkedHashMap<>();
    private static final Map<Instr, String> PLAIN_NAMES = new HashMap<>();
    private static final Map<String, LoadOp> LOADS = new HashMap<>();
    private static final Map<String, StoreOp> STORES = new HashMap<>();

    static {
        for (IntType t : IntType.values()) {
            String p = lower(t.name()) + ".";
            for (IntBinOp op : IntBinOp.values()) add(p + lower(op.name()), Instr.binary(t, op));
            for (IntCmpOp op : IntCmpOp.values()) add(p + lower(op.name()), Instr.compare(t, op));
            for (IntUnOp op : IntUnOp.values()) {
                if (op != IntUnOp.EXTEND32_S || t == IntType.I64) add(p + lower(op.name()), Instr.unary(t, op));
            }
        }
        for (FloatType t : FloatType.values()) {
            String p = lower(t.name()) + ".";
            for (FloatBinOp op : FloatBinOp.values()) add(p + lower(op.name()), Instr.binary(t, op));
            for (FloatCmpOp op : FloatCmpOp.values()) add(p + lower(op.name()), Instr.compare(t, op));
            for (var op : dev.weft.wasm.model.FloatUnOp.values()) add(p + lower(op.name()), Instr.unary(t, op));
        }
        for (ConvertOp op : ConvertOp.values()) add(dotted(op.name()), Instr.convert(op));
        for (MemoryOp op : MemoryOp.values()) add("memory." + lower(op.name()), new dev.weft.wasm.model.MemoryInstr(op));
        for (SimpleOp op : SimpleOp.values()) add(lower(op.name()), new dev.weft.wasm.model.Simple(op));
        for (LoadOp op : LoadOp.values()) LOADS.put(dotted(op.name()), op);
        for (StoreOp op : StoreOp.values()) STORES.put(dotted(op.name()), op);
    }

    private Mnemonics() {}

    /** Every instruction without immediates, by mnemonic, in a stable order. */
    public static Map<String, Instr> plain() {
        return Collections.unmodifiableMap(PLAIN);
    }

    /** The instruction without immediates spelled {@code name}, or null. */
    public static Instr plain(String name) {
        return PLAIN.get(name);
    }

    /** The mnemonic of an instruction without immediates, or null for any other instruction. */
    public static String nameOf(Instr instr) {
        return PLAIN_NAMES.get(instr);
    }

    public static LoadOp load(String name) {
        return LOADS.get(name);
    }

    public static StoreOp store(String name) {
        return STORES.get(name);
    }

    public static String name(LoadOp op) {
        return dotted(op.name());
    }

    public static String name(StoreOp op) {
        return dotted(op.name());
    }

    private static void add(String name, Instr instr) {
        PLAIN.put(name, instr);
        PLAIN_NAMES.put(instr, name);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code I32_LOAD8_U} to {@code i32.load8_u}. */
    private static String dotted(String enumName) {
        return lower(enumName).replaceFirst("_", ".");
    }
}
