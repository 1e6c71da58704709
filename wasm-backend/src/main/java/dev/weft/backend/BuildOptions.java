package dev.weft.backend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of one build that shape the RTS but are not dimensions of the
 * feature vector: a program must behave the same under every vector, while
 * these change what it reports. They reach the RTS units as template
 * parameters ({@link #rtsParameters()}).
 *
 * @param stats whether the RTS prints its memory statistics on stderr when the
 *     program ends ({@code weft run --stats}): collections, bytes allocated,
 *     peak heap, pauses
 * @param stackKib the stack limit in KiB (docs/decisions/0020): how much stack
 *     the program's calls may take, as {@code backend/pass/StackCharge}
 *     counts it; a deeper recursion ends with "stack overflow"
 */
public record BuildOptions(boolean stats, int stackKib) {
    /**
     * The default stack limit: 1920 KiB, about 122,000 simple non-tail calls
     * (16 bytes each), inside Wasmtime's 2 MiB native stack with 128 KiB left
     * for the RTS and the engine, and far inside the other engines' 1 GiB.
     */
    public static final int DEFAULT_STACK_KIB = 1920;

    /** The smallest and largest limits {@code --stack} accepts, in KiB. */
    public static final int MIN_STACK_KIB = 16;
    public static final int MAX_STACK_KIB = 1 << 20;

    /** What {@code weft build} and {@code weft run} use unless told otherwise. */
    public static final BuildOptions DEFAULT = new BuildOptions(false, DEFAULT_STACK_KIB);

    public BuildOptions {
        if (stackKib < MIN_STACK_KIB || stackKib > MAX_STACK_KIB) {
            throw new IllegalArgumentException("a stack limit of " + stackKib + " KiB is outside " + MIN_STACK_KIB
                    + ".." + MAX_STACK_KIB);
        }
    }

    public BuildOptions withStats(boolean stats) { return new BuildOptions(stats, stackKib); }

    public BuildOptions withStackKib(int stackKib) { return new BuildOptions(stats, stackKib); }

    /**
     * The RTS units that keep the statistics (core/stats.wat and the clock it
     * reads, core/clock.wat), or the one that does nothing in their place.
     */
    public java.util.List<String> statsUnits() {
        return stats ? java.util.List.of("core/clock.wat", "core/stats.wat") : java.util.List.of("core/stats_off.wat");
    }

    /** The stack limit in bytes. */
    public int stackBytes() { return stackKib * 1024; }

    /** The template parameters these options give the RTS units. */
    public Map<String, String> rtsParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("stats", stats ? "1" : "0");
        return parameters;
    }
}
