package dev.weft.features;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a model for {@code weft features}: the table of alternatives, one row
 * each,
 * <pre>
 * FEATURE  ALTERNATIVE   DEFAULT  STATUS         DESCRIPTION
 * memory   grow          default  built          memory.grow on demand, ...
 * memory   fixed:&lt;MiB&gt;           built          one fixed reservation ...
 * </pre>
 * then the imports beyond WASI that alternatives add, and each command's profile.
 */
public final class FeatureTable {
    private static final List<String> HEADER = List.of("FEATURE", "ALTERNATIVE", "DEFAULT", "STATUS", "DESCRIPTION");

    private FeatureTable() {}

    /** The table for {@code model}, each line ending in a newline. */
    public static String render(FeatureModel model) {
        var rows = new ArrayList<List<String>>();
        rows.add(HEADER);
        for (Feature f : model.features()) {
            for (Alternative a : f.alternatives()) {
                rows.add(List.of(f.name(), a.syntax(), f.isDefault(a) ? "default" : "", a.status().text(),
                        a.description()));
            }
        }
        return columns(rows);
    }

    /**
     * The alternatives whose modules import functions beyond WASI preview1, one
     * line each ({@code memory=host  weft.memory_request}), under a heading that
     * says what that means; empty when none does.
     */
    public static String imports(FeatureModel model) {
        var rows = new ArrayList<List<String>>();
        for (Feature f : model.features()) {
            for (Alternative a : f.alternatives()) {
                if (a.imports().isEmpty()) continue;
                rows.add(List.of(f.name() + "=" + a.syntax(),
                        a.imports().stream().map(Alternative.Import::toString).collect(Collectors.joining(", "))));
            }
        }
        if (rows.isEmpty()) return "";
        return "IMPORTS BEYOND WASI (a module built with one of these needs a host that provides the import, "
                + "such as weft run's; any other module imports only " + Alternative.WASI_MODULE + ")\n" + columns(rows);
    }

    /**
     * Each command's profile: its name, the choices it makes over the model's
     * defaults, and why; empty when the model has none.
     */
    public static String profiles(FeatureModel model) {
        if (model.profiles().isEmpty()) return "";
        var rows = new ArrayList<List<String>>();
        for (Profile p : model.profiles()) {
            rows.add(List.of(p.name(), p.choices().isEmpty() ? "(the defaults)" : p.choices(), p.reason()));
        }
        return "PROFILES (each command's defaults: the model's, then these choices; --features and -O flags win over both)\n"
                + columns(rows);
    }

    /** Rows as columns two spaces apart, each line ending in a newline. */
    private static String columns(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        var out = new StringBuilder();
        for (List<String> row : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
