package dev.weft.backend.emit;

import dev.weft.backend.BuildException;
import dev.weft.backend.BuildOptions;
import dev.weft.backend.core.CoreFunction;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.core.Rep;
import dev.weft.backend.pass.MayAllocate;
import dev.weft.features.FeatureVector;
import dev.weft.rts.RtsUnit;
import dev.weft.rts.RtsUnits;
import dev.weft.wasm.model.FuncType;
import dev.weft.wasm.model.Instr;
import dev.weft.wasm.model.LinkException;
import dev.weft.wasm.model.WasmFunction;
import dev.weft.wasm.model.WasmModule;
import dev.weft.wasm.text.WatReader;
import dev.weft.wasm.text.WatSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A core program to one linked Wasm module: the program's functions, a
 * {@code _start} that initialises the runtime, runs main and flushes output,
 * the static data, and the RTS units the feature vector selects, read into the
 * same module (linking is concatenation; names resolve in one namespace).
 */
public final class ModuleEmitter {
    private static final int PAGE = 65536;

    private ModuleEmitter() {}

    public static WasmModule emit(CoreProgram program, FeatureVector features) {
        return emit(program, features, BuildOptions.DEFAULT);
    }

    public static WasmModule emit(CoreProgram program, FeatureVector features, BuildOptions options) {
        WasmModule module = new WasmModule().name(program.moduleName());
        StaticData data = new StaticData();
        FunctionTable table = new FunctionTable();
        MayAllocate mayAllocate = MayAllocate.of(program);
        for (CoreFunction f : program.functions()) {
            new FunctionEmitter(module, data, table, mayAllocate, f, options.stackBytes(), program.processes()).emit();
        }
        if (table.needed()) {
            List<WasmFunction> code = table.functions().stream().map(f -> module.function(f.name())).toList();
            module.table(code.size(), code.size());
            if (!code.isEmpty()) module.elements(0, code);
        }

        WasmFunction start = module.function("_start");
        List<Instr> body = new ArrayList<>();
        body.add(Instr.i32(data.heapBase()));
        body.add(Instr.call(module.function("rts_init")));
        body.add(Instr.i32(0)); // main's depth (emit/FunctionEmitter)
        body.add(Instr.call(module.function(program.main().name())));
        if (program.main().result() != Rep.UNIT) body.add(Instr.DROP);
        body.add(Instr.call(module.function("rts_flush")));
        body.add(Instr.call(module.function("rts_stats_report")));
        start.define(FuncType.returning(), List.of(), List.of(), body);
        module.export("_start", start);

        byte[] bytes = data.bytes();
        if (bytes.length > 0) module.data(StaticData.START, bytes);
        int minPages = Math.max(1, (data.heapBase() + PAGE - 1) / PAGE);
        checkFixedMemory(features, minPages);
        Map<String, String> parameters = new java.util.LinkedHashMap<>(options.rtsParameters());
        parameters.put("min_pages", Integer.toString(minPages));
        parameters.put("shadow_stack_bytes", Integer.toString(shadowStackBytes(features)));
        List<RtsUnit> units = new ArrayList<>(RtsUnits.forVector(features, parameters));
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>(options.statsUnits());
        chosen.addAll(processUnits(program, features, options, parameters));
        for (String unit : chosen) units.add(RtsUnits.unit(unit, parameters));
        link(module, units);
        return module;
    }

    /**
     * The units of processes (decisions/0023): in a program that uses them,
     * the scheduler, copying, receive, the clock its timers read and the
     * vector's switch alternative; in one that does not, proc/alone.wat, so
     * that a runtime error ends the program and nothing can switch.
     */
    private static List<String> processUnits(CoreProgram program, FeatureVector features, BuildOptions options,
            Map<String, String> parameters) {
        if (!program.processes()) return List.of("proc/alone.wat");
        // asyncify saves a process's frames here when it switches: as deep as the stack limit lets
        // compiled code go (StackCharge counts at least what asyncify saves of a frame), and the RTS's
        // frames below and above it.
        parameters.putAll(features.templateParameters()); // the switch alternative's
        parameters.put("unwind_bytes", Integer.toString(options.stackBytes() + (64 << 10)));
        List<String> units = new ArrayList<>(List.of("core/clock.wat", "proc/copy.wat", "proc/scheduler.wat",
                "proc/receive.wat", "switch/" + features.choice("switch").alternative().name() + ".wat"));
        if (options.stats()) units.add("proc/stats.wat");
        return units;
    }

    /**
     * The shadow stack's size (core/shadow_stack.wat): 4 MiB, a million pointer
     * slots, enough for 100,000 frames of a non-tail recursion over a list that
     * keep a few pointers each; under memory=fixed at most an eighth of the
     * reservation, so that even 1 MiB leaves the heap most of it.
     */
    static int shadowStackBytes(FeatureVector features) {
        int bytes = 4 << 20;
        String pages = features.templateParameters().get("pages");
        if (pages != null) bytes = (int) Math.min(bytes, Long.parseLong(pages) * PAGE / 8);
        return bytes;
    }

    private static void checkFixedMemory(FeatureVector features, int minPages) {
        String pages = features.templateParameters().get("pages");
        if (pages != null && Integer.parseInt(pages) < minPages) {
            throw new BuildException("the program's static data needs " + minPages + " pages of 64 KiB, more than "
                    + features.choice("memory") + " gives; choose a larger size");
        }
    }

    private static void link(WasmModule module, List<RtsUnit> units) {
        try {
            for (RtsUnit unit : units) WatReader.read(unit.text(), "rts/units/" + unit.path(), module);
            module.checkLinked();
        } catch (WatSyntaxException | LinkException e) {
            // The units ship with the compiler: this is our bug, not the user's.
            throw new IllegalStateException("internal error while linking the runtime: " + e.getMessage(), e);
        }
    }
}
