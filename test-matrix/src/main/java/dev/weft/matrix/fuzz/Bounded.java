package dev.weft.matrix.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs a piece of work on a thread of its own and waits for it at most a given
 * time, so that a hang is reported rather than waited on. A worker still
 * running at the bound is interrupted (Chicory's interpreter stops at once;
 * the compiler does not look) and left behind as a daemon thread; the caller
 * decides what to do with it (see {@link Watchdog}).
 *
 * <p>The worker gets the JVM's default stack, the same as the thread the
 * {@code weft} command compiles on, so that a recursion that overflows one
 * overflows the other.
 */
final class Bounded {
    private Bounded() {}

    sealed interface Result<T> {
        record Done<T>(T value) implements Result<T> {}

        record Threw<T>(Throwable thrown) implements Result<T> {}

        /** Still running at the bound; {@code worker} has been interrupted and may still be alive. */
        record TimedOut<T>(Thread worker) implements Result<T> {}
    }

    static <T> Result<T> call(String threadName, Callable<T> body, Duration bound) {
        Object[] value = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                value[0] = body.call();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, threadName);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(bound);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return new Result.TimedOut<>(worker);
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return new Result.TimedOut<>(worker);
        }
        // join() orders the worker's writes before these reads.
        if (thrown[0] != null) return new Result.Threw<>(thrown[0]);
        @SuppressWarnings("unchecked")
        T v = (T) value[0];
        return new Result.Done<>(v);
    }
}
