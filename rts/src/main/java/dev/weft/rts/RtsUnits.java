package dev.weft.rts;

import dev.weft.features.FeatureVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the RTS units a feature vector selects (core units, then one file per
 * chosen alternative) and fills in their {@code ${name}} template parameters.
 */
public final class RtsUnits {
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([a-z_]+)}");

    private RtsUnits() {}

    /**
     * The units for a vector. {@code backendParameters} are what the compiler
     * knows (such as {@code min_pages}); the vector adds its alternatives' own.
     */
    public static List<RtsUnit> forVector(FeatureVector vector, Map<String, String> backendParameters) {
        Map<String, String> parameters = new LinkedHashMap<>(backendParameters);
        parameters.putAll(vector.templateParameters());
        List<RtsUnit> units = new ArrayList<>();
        for (String path : vector.units()) units.add(new RtsUnit(path, fill(path, read(path), parameters)));
        return units;
    }

    /** One unit outside the vector's choice (as core/stats.wat, chosen by a build option), its parameters filled. */
    public static RtsUnit unit(String path, Map<String, String> parameters) {
        return new RtsUnit(path, fill(path, read(path), parameters));
    }

    /** The raw text of a unit, such as {@code core/io.wat}. */
    public static String read(String path) {
        try (InputStream in = RtsUnits.class.getResourceAsStream("units/" + path)) {
            if (in == null) throw new IllegalStateException("RTS unit " + path + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read RTS unit " + path, e);
        }
    }

    /** A standard library file in Weft, such as {@code list.weft} (rts/std/). */
    public static String std(String name) {
        try (InputStream in = RtsUnits.class.getResourceAsStream("std/" + name)) {
            if (in == null) throw new IllegalStateException("standard library file std/" + name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read std/" + name, e);
        }
    }

    static String fill(String path, String text, Map<String, String> parameters) {
        Matcher m = PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("RTS unit " + path + " needs template parameter ${"
                        + m.group(1) + "}, which neither the backend nor the feature vector gives; given: "
                        + parameters.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
