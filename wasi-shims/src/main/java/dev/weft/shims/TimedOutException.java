package dev.weft.shims;

import java.time.Duration;
import java.util.Locale;

/**
 * The program was still running when its invocation's timeout came, and was
 * stopped (see {@link Invocation#timeout()}). Whatever it wrote before then
 * has reached the invocation's streams; output still buffered inside the
 * program (the RTS's stdout buffer) is lost, since a stopped module runs no
 * more code, not even {@code weft_flush}.
 */
public final class TimedOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What {@code weft run --timeout} exits with, as GNU {@code timeout(1)} does. */
    public static final int EXIT_CODE = 124;

    private final Duration limit;
    private final boolean stopped;

    /**
     * @param limit the timeout that passed
     * @param stopped false when the engine did not stop within the grace
     *     period after being told to (a host call that never returns, say) and
     *     its thread was left behind
     */
    public TimedOutException(Duration limit, boolean stopped) {
        super("still running after " + seconds(limit) + ": stopped at the timeout"
                + (stopped ? "" : ", but the engine did not stop and its thread was left running"));
        this.limit = limit;
        this.stopped = stopped;
    }

    public Duration limit() {
        return limit;
    }

    public boolean stopped() {
        return stopped;
    }

    /** "2 s", "0.5 s": a duration as the messages and reports show it. */
    public static String seconds(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 == 0) return millis / 1000 + " s";
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0).replaceFirst("0+$", "") + " s";
    }
}
