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
 */
public record BuildOptions(boolean stats) {
    /** What {@code weft build} and {@code weft run} use unless told otherwise. */
    public static final BuildOptions DEFAULT = new BuildOptions(false);

    public BuildOptions withStats(boolean stats) { return new BuildOptions(stats); }

    /** The template parameters these options give the RTS units. */
    public Map<String, String> rtsParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("stats", stats ? "1" : "0");
        return parameters;
    }
}
