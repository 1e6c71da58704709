package dev.weft.matrix.internal.progress;

import dev.weft.matrix.CellResult;
import dev.weft.matrix.Progress;
import java.io.PrintStream;

/** One line with a bar, counts and the time left, redrawn in place at most ten times a second. */
public final class TerminalProgress implements Progress {
    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 100_000_000;
    private final PrintStream out;
    private final Counts counts = new Counts();
    private long lastDraw;
    private int lastWidth;

    public TerminalProgress(PrintStream out) {
        this.out = out;
    }

    public synchronized void started(int cells) {
        counts.total = cells;
        draw(true);
    }

    public synchronized void cellDone(CellResult cell) {
        counts.add(cell);
        draw(counts.done == counts.total);
    }

    public synchronized void phase(String message) {
        clear();
        out.println(message);
        draw(true);
    }

    public synchronized void finished() {
        draw(true);
        out.println();
        out.flush();
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        int filled = counts.total == 0 ? BAR : counts.done * BAR / counts.total;
        String line = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + counts.text() + ", "
                + counts.left() + " left";
        out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        out.flush();
        lastWidth = line.length();
    }

    private void clear() {
        out.print("\r" + " ".repeat(lastWidth) + "\r");
        lastWidth = 0;
    }
}
