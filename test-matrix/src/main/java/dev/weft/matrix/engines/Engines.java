package dev.weft.matrix.engines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every engine, registered here and nowhere else, in the order reports list
 * them. Engines are made on demand: making one starts nothing (Wasmtime's
 * library loads, and Node is looked for, at the first run or availability check).
 */
public final class Engines {
    private Engines() {}

    private static final Map<String, Supplier<Engine>> REGISTRY = registry();

    private static Map<String, Supplier<Engine>> registry() {
        var r = new LinkedHashMap<String, Supplier<Engine>>();
        r.put(ChicoryEngine.NAME, ChicoryEngine::new);
        r.put(ChicoryAotEngine.NAME, ChicoryAotEngine::new);
        r.put(WasmtimeEngine.NAME, WasmtimeEngine::new);
        r.put(NodeEngine.NAME, NodeEngine::new);
        return r;
    }

    /** The default engine: Chicory's interpreter, in-process. */
    public static final String DEFAULT = ChicoryEngine.NAME;

    /** Every engine's name, in registry order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /** Every engine, whether or not it can start here (see {@link Engine#unavailable()}). */
    public static List<Engine> all() {
        return REGISTRY.values().stream().map(Supplier::get).toList();
    }

    /**
     * The engine of that name.
     *
     * @throws UnknownEngineException when there is none; its message lists the valid names
     */
    public static Engine named(String name) {
        Supplier<Engine> make = REGISTRY.get(name);
        if (make == null) throw new UnknownEngineException(name, names());
        return make.get();
    }

    /** The engines that cannot start on this machine, by name, with why. */
    public static Map<String, String> unavailable(List<Engine> engines) {
        var why = new LinkedHashMap<String, String>();
        for (Engine e : engines) e.unavailable().ifPresent(reason -> why.put(e.name(), reason));
        return why;
    }

    /** No engine has the name asked for. */
    public static final class UnknownEngineException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String name;

        UnknownEngineException(String name, List<String> valid) {
            super("unknown engine '" + name + "'; valid engines: " + String.join(", ", valid));
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
