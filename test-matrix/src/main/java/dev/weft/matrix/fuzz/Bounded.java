package dev.weft.matrix.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs a piece of work on a thread of its own and waits for it at most a given
 * time, so that a hang is reported rather than waited on. A worker still
 * running at the bound is left behind as a daemon thread, and interrupted if
 * asked: Chicory's interpreter stops at an interrupt, but the compiler does
 * not look, and an interrupt would only make {@code DeepStack} stop waiting
 * for the compile thread it runs on, hiding the compile that is still going.
 * The caller decides what to do with the worker (see {@link Watchdog}).
 *
 * <p>The compiler itself runs on {@code DeepStack}'s 1 GiB threads, whatever
 * thread calls it, as it does under the {@code weft} command.
 */
final class Bounded {
    private Bounded() {}

    sealed interface Result<T> {
        record Done<T>(T value) implements Result<T> {}

        record Threw<T>(Throwable thrown) implements Result<T> {}

        /** Still running at the bound; {@code worker} may still be alive. */
        record TimedOut<T>(Thread worker) implements Result<T> {}
    }

    static <T> Result<T> call(String threadName, Callable<T> body, Duration bound, boolean interruptAtBound) {
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
            if (interruptAtBound) worker.interrupt();
            Thread.currentThread().interrupt();
            return new Result.TimedOut<>(worker);
        }
        if (worker.isAlive()) {
            if (interruptAtBound) worker.interrupt();
            return new Result.TimedOut<>(worker);
        }
        // join() orders the worker's writes before these reads.
        if (thrown[0] != null) return new Result.Threw<>(thrown[0]);
        @SuppressWarnings("unchecked")
        T v = (T) value[0];
        return new Result.Done<>(v);
    }
}
