package dev.weft.matrix;

import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.Engines;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the matrix gets its engines: the one place that reads the engine
 * registry ({@link Engines}). An engine that cannot start on this machine is
 * still listed; its cells are skipped with its reason ({@link Engine#cannotRun}).
 */
public final class MatrixEngines {
    private MatrixEngines() {}

    /** Every registered engine, in registry order. */
    public static List<Engine> all() {
        return Engines.all();
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
            Engine e = Engines.named(name.strip());
            if (engines.stream().noneMatch(x -> x.name().equals(e.name()))) engines.add(e);
        }
        if (engines.isEmpty()) throw new IllegalArgumentException("no engine named; valid engines: " + String.join(", ", Engines.names()));
        return engines;
    }
}
