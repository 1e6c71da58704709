package dev.weft.matrix.internal.report;

import dev.weft.matrix.CellResult;
import dev.weft.matrix.MatrixResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * report.json: the run's vectors, engines and shards, then every cell with
 * its status, reason, time, diff, minimal vector and reproducing command,
 * and the reduced program when the run reduced one (an optional field).
 * The format others read (merge, dashboards); {@code "format"} changes when a
 * field's meaning does. Format 2 added the statuses {@code timeout} and
 * {@code crash} (and their counts in the summary); a format 1 report is read
 * as it stands, since it holds neither.
 */
public final class JsonReport {
    static final int FORMAT = 2;

    private JsonReport() {}

    public static String write(MatrixResult r) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"format\": ").append(FORMAT).append(",\n");
        b.append("  \"vectors\": ").append(strings(r.vectors())).append(",\n");
        b.append("  \"engines\": ").append(strings(r.engines())).append(",\n");
        b.append("  \"shards\": ").append(strings(r.shards())).append(",\n");
        b.append("  \"elapsedMillis\": ").append(r.elapsedMillis()).append(",\n");
        b.append("  \"summary\": {\"cells\": ").append(r.cells().size()).append(", \"passed\": ")
                .append(r.count(CellResult.Status.PASS)).append(", \"failed\": ").append(r.count(CellResult.Status.FAIL))
                .append(", \"timedOut\": ").append(r.count(CellResult.Status.TIMEOUT))
                .append(", \"crashed\": ").append(r.count(CellResult.Status.CRASH))
                .append(", \"skipped\": ").append(r.count(CellResult.Status.SKIP)).append("},\n");
        b.append("  \"cells\": [");
        String sep = "\n";
        for (CellResult c : r.cells()) {
            b.append(sep).append("    {\"program\": ").append(Json.quote(c.program()))
                    .append(", \"vector\": ").append(Json.quote(c.vector()))
                    .append(", \"engine\": ").append(Json.quote(c.engine()))
                    .append(", \"status\": ").append(Json.quote(c.status().text()))
                    .append(", \"reason\": ").append(Json.quote(c.reason()))
                    .append(", \"timeMillis\": ").append(c.timeMillis());
            if (c.status().failing()) {
                b.append(", \"diff\": ").append(Json.quote(c.diff()))
                        .append(", \"minimalVector\": ").append(c.minimalVector().map(Json::quote).orElse("null"))
                        .append(", \"reproduce\": ").append(Json.quote(c.reproduce()));
                c.reduced().ifPresent(x -> b.append(", \"reduced\": {\"program\": ").append(Json.quote(x.program()))
                        .append(", \"text\": ").append(Json.quote(x.text()))
                        .append(", \"reproduce\": ").append(Json.quote(x.reproduce()))
                        .append(", \"compare\": ").append(Json.quote(x.compare()))
                        .append(", \"tested\": ").append(x.tested())
                        .append(", \"timedOut\": ").append(x.timedOut()).append('}'));
            }
            b.append('}');
            sep = ",\n";
        }
        return b.append("\n  ]\n}\n").toString();
    }

    @SuppressWarnings("unchecked")
    public static MatrixResult read(String text) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(text);
        Object format = root.get("format");
        if (!(format instanceof Long f) || f < 1 || f > FORMAT) {
            throw new IllegalArgumentException("report.json of format " + format + "; this weft reads formats 1 to " + FORMAT);
        }
        List<CellResult> cells = new ArrayList<>();
        for (Object o : (List<Object>) root.get("cells")) {
            Map<String, Object> c = (Map<String, Object>) o;
            cells.add(new CellResult(str(c, "program"), str(c, "vector"), str(c, "engine"),
                    CellResult.Status.valueOf(str(c, "status").toUpperCase(java.util.Locale.ROOT)), str(c, "reason"),
                    (Long) c.get("timeMillis"), str(c, "diff"), Optional.ofNullable((String) c.get("minimalVector")),
                    str(c, "reproduce"), reduced(c.get("reduced"))));
        }
        return new MatrixResult((List<String>) (List<?>) root.get("vectors"), (List<String>) (List<?>) root.get("engines"),
                (List<String>) (List<?>) root.get("shards"), (Long) root.get("elapsedMillis"), cells);
    }

    @SuppressWarnings("unchecked")
    private static Optional<CellResult.Reduced> reduced(Object o) {
        if (!(o instanceof Map<?, ?> m)) return Optional.empty();
        Map<String, Object> r = (Map<String, Object>) m;
        return Optional.of(new CellResult.Reduced(str(r, "program"), str(r, "text"), str(r, "reproduce"), str(r, "compare"),
                r.get("tested") instanceof Long n ? n.intValue() : 0, Boolean.TRUE.equals(r.get("timedOut"))));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : (String) v;
    }

    private static String strings(List<String> list) {
        return "[" + String.join(", ", list.stream().map(Json::quote).toList()) + "]";
    }
}
