package dev.weft.shims.internal;

/**
 * Runs a program on a thread with a 1 GiB stack.
 *
 * <p>The Wasm call depth an in-process engine reaches is bounded by the thread
 * it runs on: about 1,300 Weft calls on a default 1 MiB Java stack under
 * Chicory's interpreter, fewer under its compiler, and Wasmtime's own stack
 * limit must fit inside the native stack of the calling thread. A 1 GiB stack
 * (reserved, not committed, until used) lets ordinary non-tail recursion go as
 * deep as on other engines.
 */
public final class DeepStack {
    private DeepStack() {}

    public static final long STACK_BYTES = 1L << 30;

    /** Runs {@code body} on a fresh deep-stack thread and rethrows what it threw. */
    public static void run(Runnable body) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "weft-wasm", STACK_BYTES);
        t.start();
        try {
            t.join();
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
