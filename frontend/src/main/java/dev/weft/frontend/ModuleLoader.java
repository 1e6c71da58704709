package dev.weft.frontend;

import java.util.List;
import java.util.Optional;

/**
 * Finds the source of an imported module: {@code import shapes.geometry} asks for
 * {@code ["shapes", "geometry"]}. The file's name is what its diagnostics and
 * runtime positions report, so a loader names it as the user would find it (the
 * root file's directory joined with {@code shapes/geometry.weft}), through
 * {@link #describe}. A loader gives the file's bytes: the frontend decodes them
 * ({@link dev.weft.frontend.diagnostics.SourceReader}), so that a module that is
 * not UTF-8 is a diagnostic like any other. The standard library ({@code std.*})
 * is never asked for: it is given to the frontend whole.
 */
@FunctionalInterface
public interface ModuleLoader {
    /** A loader that finds nothing: a program of one file (every import is "not found"). */
    ModuleLoader NONE = path -> Optional.empty();

    /** The module's file, or empty when there is no such module. */
    Optional<byte[]> load(List<String> path);

    /** Where the module was looked for, as an error message should name it. */
    default String describe(List<String> path) { return String.join("/", path) + ".weft"; }
}
