package dev.weft.matrix;

import dev.weft.matrix.CellResult.Status;
import java.util.List;

/**
 * What a run (or the merge of several shards' runs) found.
 *
 * @param vectors every vector's canonical text, in run order ("" is the defaults)
 * @param engines every engine's name, in report order
 * @param shards the shards run, as {@code 1/4}, or {@code all}
 * @param elapsedMillis wall time; for a merge, the longest shard's
 */
public record MatrixResult(List<String> vectors, List<String> engines, List<String> shards, long elapsedMillis,
        List<CellResult> cells) {

    public MatrixResult {
        vectors = List.copyOf(vectors);
        engines = List.copyOf(engines);
        shards = List.copyOf(shards);
        cells = List.copyOf(cells);
    }

    public long count(Status s) {
        return cells.stream().filter(c -> c.status() == s).count();
    }

    /** The cells that failed, timed out or crashed, in report order. */
    public List<CellResult> failures() {
        return cells.stream().filter(c -> c.status().failing()).toList();
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /**
     * The closing lines of a run: counts (timed out and crashed only when
     * there are any), vectors, time, then each failing cell under its status
     * with its minimal vector and command.
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        String unfinished = (count(Status.TIMEOUT) > 0 ? ", " + count(Status.TIMEOUT) + " timed out" : "")
                + (count(Status.CRASH) > 0 ? ", " + count(Status.CRASH) + " crashed" : "");
        s.append(String.format("matrix: %d cells: %d passed, %d failed%s, %d skipped; %d vectors x %d engines; %.1f s%n",
                cells.size(), count(Status.PASS), count(Status.FAIL), unfinished, count(Status.SKIP), vectors.size(),
                engines.size(), elapsedMillis / 1000.0));
        s.append("vectors: ").append(String.join("; ", vectors.stream().map(v -> v.isEmpty() ? "defaults" : v).toList()))
                .append('\n');
        for (CellResult c : failures()) {
            s.append(c.status().name()).append(' ').append(c.program()).append(" on ").append(c.engine()).append(" with ")
                    .append(c.vectorLabel()).append(": ").append(c.reason()).append('\n');
            c.minimalVector().ifPresent(m -> s.append("  minimal vector: ").append(m.isEmpty() ? "defaults" : m)
                    .append("\n  reproduce: ").append(c.reproduce()).append('\n'));
            c.reduced().ifPresent(r -> {
                s.append("  reduced program (").append(r.lines()).append(" lines, ").append(r.tested())
                        .append(" candidates tested").append(r.timedOut() ? ", stopped at the time limit" : "").append("): ")
                        .append(r.program()).append('\n');
                s.append("  reproduce reduced: ").append(r.reproduce()).append("\n  compare with: ").append(r.compare())
                        .append('\n');
                r.text().lines().forEach(l -> s.append("    | ").append(l).append('\n'));
            });
        }
        return s.toString();
    }
}
