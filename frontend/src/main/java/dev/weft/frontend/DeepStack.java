package dev.weft.frontend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the compiler's phases on threads with a 1 GiB stack.
 *
 * <p>Every phase walks trees recursively, and a tree is as deep as its source
 * nests: {@code 1 + 1 + ... + 1} with 3,001 terms is 3,001 levels. A default
 * 1 MiB Java stack ended such a program with {@code StackOverflowError} in the
 * resolver; on a 1 GiB stack (reserved, not committed, until used) a
 * 100,000-term sum compiles in 8.6 s here. How deep a source may nest at all is
 * bounded before parsing ({@link dev.weft.frontend.parser.NestingLimits}), so
 * that no phase comes near this stack's end.
 */
public final class DeepStack {
    private DeepStack() {}

    public static final long STACK_BYTES = 1L << 30;

    private static final String NAME = "weft-compiler";

    /** Shared by every compilation in this JVM: typing waves fork onto it (daemon threads, deep stacks). */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), body -> {
                Thread t = new Thread(null, body, NAME + "-worker", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    /** True on a thread this class made. */
    public static boolean isDeep() {
        return Thread.currentThread().getName().startsWith(NAME);
    }

    /**
     * Computes {@code body} on a deep-stack thread (this one, when it is one) and
     * returns or rethrows what it did. An interrupt of the waiting thread is
     * passed on to the deep one and ends the wait.
     */
    public static <T> T call(Supplier<T> body) {
        if (isDeep()) return body.get();
        List<T> result = new ArrayList<>(1);
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result.add(body.get());
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, NAME, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new CompilationInterruptedException();
        }
        switch (failure[0]) {
            case null -> {}
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure[0]);
        }
        return result.get(0);
    }

    /** Runs {@code action} on every item, spread over the pool's deep-stack threads; rethrows the first failure. */
    public static <T> void forEachParallel(List<T> items, Consumer<T> action) {
        List<Future<?>> futures = new ArrayList<>(items.size());
        for (T item : items) futures.add(POOL.submit(() -> action.accept(item)));
        Throwable first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) first = e.getCause();
            } catch (InterruptedException e) {
                futures.forEach(g -> g.cancel(true));
                Thread.currentThread().interrupt();
                throw new CompilationInterruptedException();
            }
        }
        switch (first) {
            case null -> {}
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(first);
        }
    }

    /** A compilation whose caller was interrupted (a fuzzer's time bound, say) while it waited. */
    public static final class CompilationInterruptedException extends RuntimeException {
        CompilationInterruptedException() {
            super("the compilation was interrupted");
        }
    }
}
