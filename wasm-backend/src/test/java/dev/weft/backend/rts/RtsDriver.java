package dev.weft.backend.rts;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import dev.weft.backend.WasmOpt;
import dev.weft.features.FeatureVector;
import dev.weft.rts.RtsUnit;
import dev.weft.rts.RtsUnits;
import dev.weft.wasm.binary.WasmWriter;
import dev.weft.wasm.model.WasmModule;
import dev.weft.wasm.text.WatReader;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RTS units of a feature vector, some units of its own choosing and a
 * test's WAT driver, linked as the backend links a program's module, then
 * (optionally) put through wasm-opt and instantiated on Chicory's interpreter
 * without running a start function: the way the RTS's own tests call it.
 */
final class RtsDriver {
    /** Template parameters a test module needs: two pages, a 64 KiB shadow stack, no statistics. */
    static final Map<String, String> PARAMETERS = Map.of("min_pages", "2", "shadow_stack_bytes", "65536", "stats", "0");

    private RtsDriver() {}

    /**
     * The module's binary: the vector's units, core/stats_off.wat, then units
     * (paths under rts/units) with parameters added to {@link #PARAMETERS}
     * (and proc/alone.wat unless they include the scheduler), then the driver.
     */
    static byte[] link(String name, FeatureVector vector, Map<String, String> parameters, List<String> units,
            String driver) {
        Map<String, String> all = new HashMap<>(PARAMETERS);
        all.putAll(parameters);
        WasmModule module = new WasmModule().name(name);
        List<RtsUnit> linked = new ArrayList<>(RtsUnits.forVector(vector, all));
        linked.add(RtsUnits.unit("core/stats_off.wat", all));
        for (String unit : units) linked.add(RtsUnits.unit(unit, all));
        if (!units.contains("proc/scheduler.wat")) linked.add(RtsUnits.unit("proc/alone.wat", all));
        for (RtsUnit unit : linked) WatReader.read(unit.text(), unit.path(), module);
        WatReader.read(driver, "driver.wat", module);
        module.checkLinked();
        return WasmWriter.write(module);
    }

    /** The module after wasm-opt with these passes (none: as it is). */
    static byte[] optimized(byte[] module, List<String> passes) {
        return WasmOpt.optimize(module, passes);
    }

    /** An instance of the module with WASI, its stderr going to stderr. */
    static Instance instance(byte[] module, OutputStream stderr) {
        var wasi = WasiPreview1.builder()
                .withOptions(WasiOptions.builder().withStderr(stderr).build())
                .build();
        return Instance.builder(Parser.parse(module))
                .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                .withMemoryFactory(ByteArrayMemory::new)
                .withStart(false)
                .build();
    }
}
