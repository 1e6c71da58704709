package dev.weft.shims.internal;

import dev.weft.shims.TimedOutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a program on a thread with a 1 GiB stack, and stops it at a timeout.
 *
 * <p>The Wasm call depth an in-process engine reaches is bounded by the thread
 * it runs on: about 1,300 Weft calls on a default 1 MiB Java stack under
 * Chicory's interpreter, fewer under its compiler, and Wasmtime's own stack
 * limit must fit inside the native stack of the calling thread. A 1 GiB stack
 * (reserved, not committed, until used) lets ordinary non-tail recursion go as
 * deep as on other engines.
 *
 * <p>A Java thread cannot be killed, only asked to stop, so each engine says
 * how: Chicory polls {@link Thread#interrupt()} at every call and loop
 * back-edge (interpreter and compiler alike), Wasmtime checks its epoch at
 * the same places. Either stops in microseconds; {@link #GRACE} allows for
 * what cannot be stopped there (a host call that blocks, a compilation).
 * The thread is a daemon, so one that never stops does not keep the JVM up.
 */
public final class DeepStack {
    private DeepStack() {}

    public static final long STACK_BYTES = 1L << 30;

    /** How long a program told to stop has to end before its thread is given up. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    /** Runs {@code body} on a fresh deep-stack thread and rethrows what it threw. */
    public static void run(Runnable body) {
        run(body, Optional.empty(), t -> {});
    }

    /**
     * Runs {@code body} on a fresh deep-stack thread and rethrows what it
     * threw; if {@code timeout} passes first, calls {@code stop} with that
     * thread, waits for it up to {@link #GRACE}, and throws
     * {@link TimedOutException} whatever the body did after being stopped.
     */
    public static void run(Runnable body, Optional<Duration> timeout, Consumer<Thread> stop) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "weft-wasm", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            if (timeout.isEmpty()) {
                t.join();
            } else if (!t.join(timeout.get())) {
                stop.accept(t);
                boolean stopped = t.join(GRACE);
                throw new TimedOutException(timeout.get(), stopped);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            throw new IllegalStateException("interrupted while the program ran", e);
        }
        switch (failure[0]) {
            case null -> {}
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure[0]);
        }
    }
}
