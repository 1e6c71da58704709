package dev.weft.matrix.internal.run;

import dev.weft.matrix.engines.RunOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A run with a time limit, for the program reducer: an edit can turn a
 * terminating program into one that never ends (a countdown that no longer
 * counts down). The run goes on its own thread; past the limit the thread is
 * interrupted, which stops Chicory (both engines check for interruption) and
 * Node (whose process is killed), and the candidate counts as not showing the
 * divergence. Wasmtime's in-process runs cannot be interrupted; the reducer
 * therefore runs every candidate on the reference engine first, so a
 * candidate that loops is usually stopped there.
 */
final class Bounded {
    private Bounded() {}

    static Optional<RunOutcome> run(Supplier<RunOutcome> run, Duration limit) {
        CompletableFuture<RunOutcome> result = new CompletableFuture<>();
        Thread t = Thread.ofPlatform().daemon().name("weft-reduce-run").start(() -> {
            try {
                result.complete(run.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return Optional.of(result.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            t.interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
