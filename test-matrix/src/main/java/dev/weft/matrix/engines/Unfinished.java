package dev.weft.matrix.engines;

import dev.weft.shims.EngineCrashedException;
import dev.weft.shims.HostUnavailableException;
import dev.weft.shims.ModuleRejectedException;
import dev.weft.shims.TimedOutException;
import java.time.Duration;
import java.util.Objects;

/**
 * How a run ended when the program did not end it (by returning, exiting or
 * trapping): it was stopped at its timeout, or its engine crashed under it.
 * Either way its output is not the program's whole behaviour, so it is never
 * compared with another run's.
 */
public sealed interface Unfinished {
    /** One line for reports. */
    String reason();

    /** The program was still running at the timeout and was stopped. */
    record TimedOut(Duration limit, boolean stopped) implements Unfinished {
        public TimedOut {
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public String reason() {
            return "timed out: still running after " + TimedOutException.seconds(limit)
                    + (stopped ? "" : "; the engine did not stop, and its thread was left running");
        }
    }

    /**
     * The engine failed: it threw, its process died, or it refused the module.
     *
     * @param what one line: what failed, as "chicory threw java.lang.OutOfMemoryError: Java heap space"
     * @param details more to read, as the stack trace's first frames; may be empty
     */
    record Crashed(String what, String details) implements Unfinished {
        public Crashed {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(details, "details");
        }

        /** How many stack frames a crash's details keep: enough to see where in the engine it failed. */
        static final int FRAMES = 12;

        @Override
        public String reason() {
            return "engine crashed: " + what;
        }

        /**
         * What {@code engine} threw, as a crash: the host's own message for the
         * failures it names (its process died, it refused the module), the
         * throwable and its first frames for anything else.
         */
        public static Crashed of(String engine, Throwable e) {
            if (e instanceof EngineCrashedException || e instanceof ModuleRejectedException
                    || e instanceof HostUnavailableException) {
                return new Crashed(String.valueOf(e.getMessage()), "");
            }
            StringBuilder details = new StringBuilder(e.toString()).append('\n');
            StackTraceElement[] frames = e.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) details.append("    at ").append(frames[i]).append('\n');
            if (frames.length > FRAMES) details.append("    ... ").append(frames.length - FRAMES).append(" more\n");
            return new Crashed(engine + " threw " + e, details.toString());
        }
    }
}
