package dev.weft.backend;

import dev.weft.frontend.diagnostics.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard library written in Weft (rts/std/*.weft), compiled with every
 * program: its names are in scope everywhere and a program's own definitions
 * shadow them. Only what main reaches is generated (monomorphization).
 */
public final class StdLibrary {
    /** The files, in the order they are read. */
    static final List<String> FILES = List.of("list.weft", "option.weft", "string.weft", "math.weft",
            "process.weft");

    private static final List<SourceFile> SOURCES = load();

    private StdLibrary() {}

    public static List<SourceFile> sources() { return SOURCES; }

    private static List<SourceFile> load() {
        List<SourceFile> out = new ArrayList<>();
        for (String name : FILES) out.add(new SourceFile("std/" + name, dev.weft.rts.RtsUnits.std(name)));
        return List.copyOf(out);
    }
}
