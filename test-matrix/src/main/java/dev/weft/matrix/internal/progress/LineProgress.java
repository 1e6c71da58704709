package dev.weft.matrix.internal.progress;

import dev.weft.matrix.CellResult;
import dev.weft.matrix.Progress;
import java.io.PrintStream;
import java.time.Duration;

/** Plain lines for logs: one every {@code everyCells} cells or every {@code every}, and each failure as it is found. */
public final class LineProgress implements Progress {
    private final PrintStream out;
    private final int everyCells;
    private final long everyNanos;
    private final Counts counts = new Counts();
    private long lastLine = System.nanoTime();

    public LineProgress(PrintStream out, int everyCells, Duration every) {
        this.out = out;
        this.everyCells = everyCells;
        this.everyNanos = every.toNanos();
    }

    public synchronized void started(int cells) {
        counts.total = cells;
        out.println("matrix: " + cells + " cells");
    }

    public synchronized void cellDone(CellResult cell) {
        counts.add(cell);
        if (cell.status().failing()) {
            out.println("matrix: " + cell.status().name() + " " + cell.program() + " on " + cell.engine() + " with "
                    + cell.vectorLabel());
        }
        long now = System.nanoTime();
        if (counts.done % everyCells == 0 || now - lastLine >= everyNanos || counts.done == counts.total) {
            lastLine = now;
            out.println("matrix: " + counts.text() + ", " + counts.left() + " left");
        }
    }

    public synchronized void phase(String message) {
        out.println("matrix: " + message);
    }

    public synchronized void finished() {
        out.flush();
    }
}
