package dev.weft.matrix;

import dev.weft.matrix.internal.progress.LineProgress;
import dev.weft.matrix.internal.progress.TerminalProgress;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Hears about a run as it goes. Called from several threads; implementations
 * synchronise themselves.
 */
public interface Progress {
    /** The run starts with this many cells. */
    void started(int cells);

    void cellDone(CellResult cell);

    /** A new phase, as "shrinking 3 failing cells". */
    void phase(String message);

    /** The run is over; a redrawn line is ended. */
    void finished();

    static Progress none() {
        return new Progress() {
            public void started(int cells) {}
            public void cellDone(CellResult cell) {}
            public void phase(String message) {}
            public void finished() {}
        };
    }

    /**
     * A bar redrawn in place on a terminal (a console and not CI); otherwise a
     * plain line every 50 cells or every 10 seconds, whichever comes first,
     * which reads well in CI logs.
     */
    static Progress forEnvironment(PrintStream out) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (System.console() != null && !ci) return new TerminalProgress(out);
        return new LineProgress(out, 50, Duration.ofSeconds(10));
    }
}
