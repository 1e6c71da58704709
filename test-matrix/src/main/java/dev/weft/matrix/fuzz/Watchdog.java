package dev.weft.matrix.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each case on a worker thread under a time bound proportional to the
 * input's size, and keeps the workers it had to abandon. Before the next case
 * it waits for them (up to {@link #DRAIN}): on two cores shared with other
 * work, a slow case left running would make the next ones time out too. A
 * worker still alive after that is truly stuck (an endless loop in the
 * compiler, which the JVM cannot stop); {@link #stuck()} counts them.
 *
 * @param base the bound of an empty input
 * @param perKib what each KiB of input adds
 */
public final class Watchdog {
    /** How long an abandoned worker is waited for before it counts as stuck. */
    static final Duration DRAIN = Duration.ofSeconds(60);

    private final Target target;
    private final Duration base;
    private final Duration perKib;
    private final List<Thread> abandoned = new ArrayList<>();
    private final List<Thread> stuck = new ArrayList<>();

    public Watchdog(Target target, Duration base, Duration perKib) {
        this.target = target;
        this.base = base;
        this.perKib = perKib;
    }

    public Duration bound(int bytes) {
        return base.plus(perKib.multipliedBy(bytes).dividedBy(1024));
    }

    public Outcome run(String name, byte[] input) {
        drain();
        Duration bound = bound(input.length);
        return switch (Bounded.call("weft-fuzz-case", () -> target.run(name, input), bound, false)) {
            case Bounded.Result.Done<Outcome> done -> done.value();
            case Bounded.Result.Threw<Outcome> threw -> new Outcome.Failed(Failure.thrown("target", threw.thrown()));
            case Bounded.Result.TimedOut<Outcome> late -> {
                abandoned.add(late.worker());
                yield new Outcome.Failed(Failure.timeout(bound.toMillis()));
            }
        };
    }

    /** Waits for the abandoned workers; those that outlive {@link #DRAIN} move to {@link #stuck()}. */
    public void drain() {
        for (Thread t : abandoned) {
            try {
                t.join(DRAIN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (t.isAlive()) stuck.add(t);
        }
        abandoned.clear();
        stuck.removeIf(t -> !t.isAlive());
    }

    /** Workers that have not ended long after their bound: each holds a core until the JVM exits. */
    public int stuck() {
        stuck.removeIf(t -> !t.isAlive());
        return stuck.size();
    }
}
