package dev.weft.matrix;

import dev.weft.matrix.internal.report.HtmlReport;
import dev.weft.matrix.internal.report.JsonReport;
import dev.weft.matrix.internal.report.JunitReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The report folder: report.json, junit.xml and report.html; and the merge of shards' folders. */
public final class Reports {
    public static final String JSON = "report.json";
    public static final String JUNIT = "junit.xml";
    public static final String HTML = "report.html";

    private Reports() {}

    public static void write(MatrixResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(JSON), JsonReport.write(result), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(JUNIT), JunitReport.write(result), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(HTML), HtmlReport.write(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir, e);
        }
    }

    /** The result a report folder holds. */
    public static MatrixResult read(Path dir) {
        Path json = dir.resolve(JSON);
        try {
            return JsonReport.read(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(json + " is not a matrix report: " + e.getMessage(), e);
        }
    }

    /**
     * Joins shards' results: cells in the order of the results given,
     * vectors and engines each once in order of first appearance, the shards
     * listed, and the longest shard's time (shards run side by side).
     *
     * @throws IllegalArgumentException when two results hold the same cell
     */
    public static MatrixResult merge(List<MatrixResult> parts) {
        var vectors = new LinkedHashSet<String>();
        var engines = new LinkedHashSet<String>();
        var shards = new ArrayList<String>();
        var cells = new ArrayList<CellResult>();
        var seen = new java.util.HashSet<String>();
        long elapsed = 0;
        for (MatrixResult r : parts) {
            vectors.addAll(r.vectors());
            engines.addAll(r.engines());
            shards.addAll(r.shards());
            elapsed = Math.max(elapsed, r.elapsedMillis());
            for (CellResult c : r.cells()) {
                if (!seen.add(c.program() + "\u0000" + c.vector() + "\u0000" + c.engine())) {
                    throw new IllegalArgumentException("cell " + c.program() + " [" + c.vectorLabel() + "] on "
                            + c.engine() + " is in two reports: were the same shard's reports given twice?");
                }
                cells.add(c);
            }
        }
        return new MatrixResult(List.copyOf(vectors), List.copyOf(engines), shards, elapsed, cells);
    }
}
