package dev.weft.matrix.internal.progress;

import dev.weft.matrix.CellResult;

/** Cells done so far, by status, and an estimate of the time left from the rate so far. */
final class Counts {
    private final long startNanos = System.nanoTime();
    int total;
    int done;
    int passed;
    int failed;
    int skipped;
    int timedOut;
    int crashed;

    void add(CellResult c) {
        done++;
        switch (c.status()) {
            case PASS -> passed++;
            case FAIL -> failed++;
            case SKIP -> skipped++;
            case TIMEOUT -> timedOut++;
            case CRASH -> crashed++;
        }
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** "1:05" left, or "?" before any cell is done. */
    String left() {
        if (done == 0 || total == 0) return "?";
        long seconds = Math.round(elapsedSeconds() / done * (total - done));
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    String text() {
        return done + "/" + total + " cells, " + passed + " passed, " + failed + " failed, "
                + (timedOut > 0 ? timedOut + " timed out, " : "") + (crashed > 0 ? crashed + " crashed, " : "")
                + skipped + " skipped";
    }
}
