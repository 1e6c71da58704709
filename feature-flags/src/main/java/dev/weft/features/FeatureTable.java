package dev.weft.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a model as a table, one row per alternative, for {@code weft features}:
 * <pre>
 * FEATURE  ALTERNATIVE   DEFAULT  STATUS         DESCRIPTION
 * memory   grow          default  built          memory.grow on demand, ...
 * memory   fixed:&lt;MiB&gt;           built          one fixed reservation ...
 * </pre>
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
        int[] widths = new int[HEADER.size()];
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
