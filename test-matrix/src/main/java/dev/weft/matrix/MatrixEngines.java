package dev.weft.matrix;

import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.Engine;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the matrix gets its engines: the one place to read the engine
 * registry. Until the registry (engines.Engines) lands this knows Chicory's
 * interpreter only; an engine that cannot start on this machine is still
 * listed, and its cells are skipped with its reason ({@link Engine#cannotRun}).
 */
public final class MatrixEngines {
    private MatrixEngines() {}

    /** Every registered engine, in registry order. */
    public static List<Engine> all() {
        return List.of(new ChicoryEngine());
    }

    /**
     * The engines of a comma-separated list such as {@code chicory,node}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static List<Engine> named(String commaSeparated) {
        List<Engine> engines = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            if (name.isBlank()) continue;
            Engine e = all().stream().filter(x -> x.name().equals(name.strip())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("unknown engine '" + name.strip() + "'; valid engines: "
                            + String.join(", ", all().stream().map(Engine::name).toList())));
            if (engines.stream().noneMatch(x -> x.name().equals(e.name()))) engines.add(e);
        }
        if (engines.isEmpty()) throw new IllegalArgumentException("no engine named");
        return engines;
    }
}
