package dev.weft.matrix.fuzz;

import dev.weft.matrix.fuzz.Outcome.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A run of the fuzzer: cases 0, 1, 2, ... of one seed, each under the
 * watchdog, until a number of cases or a deadline. The first input to show a
 * failure's signature is shrunk at once (later ones are only counted) and
 * handed to {@code found}, which writes it out; a timeout is first run again
 * alone, after the worker before it has ended, and counts only when it times
 * out twice (on a loaded machine a single slow case is not a hang).
 */
public final class Campaign {
    /** Stop the campaign when this many workers are stuck: each holds one of the machine's cores. */
    static final int MOST_STUCK = 2;

    /**
     * @param maxCases how many cases at most
     * @param deadlineNanos System.nanoTime() after which no case starts; Long.MAX_VALUE for none
     * @param shrinkBudget the longest one failure is shrunk; zero for no shrinking
     */
    public record Settings(long seed, long maxCases, long deadlineNanos, Duration shrinkBudget, Duration progressEvery) {}

    /** A distinct failure: the first case that showed it, the shrunk input, and how many cases showed it. */
    public record Found(Failure failure, Mutant first, byte[] shrunk, int shrinkRuns, boolean shrinkComplete, int count) {
        Found counted() { return new Found(failure, first, shrunk, shrinkRuns, shrinkComplete, count + 1); }
    }

    public record Report(long seed, long cases, Map<Stage, Long> stages, List<Found> found, long flakyTimeouts,
            Duration time, boolean stoppedByStuckWorkers) {
        public long casesPerSecond() { return time.toMillis() == 0 ? cases : cases * 1000 / time.toMillis(); }
    }

    private final MutantGenerator generator;
    private final Watchdog watchdog;
    private final Consumer<String> log;

    public Campaign(MutantGenerator generator, Watchdog watchdog, Consumer<String> log) {
        this.generator = generator;
        this.watchdog = watchdog;
        this.log = log;
    }

    /** @param found called once per distinct failure, after it is shrunk (to write it out at once) */
    public Report run(Settings settings, Consumer<Found> found) {
        long start = System.nanoTime();
        long nextProgress = start + settings.progressEvery().toNanos();
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        Map<String, Found> failures = new LinkedHashMap<>();
        long cases = 0;
        long flaky = 0;
        boolean stuck = false;
        for (long i = 0; i < settings.maxCases() && System.nanoTime() < settings.deadlineNanos(); i++) {
            Mutant m = generator.generate(settings.seed(), i);
            Outcome outcome = watchdog.run(m.seed(), m.bytes());
            if (outcome instanceof Outcome.Failed f && f.failure().isTimeout()) {
                outcome = watchdog.run(m.seed(), m.bytes());
                if (!(outcome instanceof Outcome.Failed again && again.failure().isTimeout())) {
                    flaky++;
                    log.accept("case " + i + " timed out once and passed when run again: counted as machine load, not a hang");
                }
            }
            cases++;
            switch (outcome) {
                case Outcome.Passed p -> stages.merge(p.stage(), 1L, Long::sum);
                case Outcome.Failed f -> {
                    Found known = failures.get(f.failure().signature());
                    if (known != null) {
                        failures.put(f.failure().signature(), known.counted());
                    } else {
                        log.accept("case " + i + " fails: " + f.failure().summary() + " (from " + m.seed() + ", "
                                + String.join(" + ", m.mutations()) + ")");
                        Found shrunk = shrink(f.failure(), m, settings.shrinkBudget());
                        failures.put(f.failure().signature(), shrunk);
                        found.accept(shrunk);
                    }
                }
            }
            if (watchdog.stuck() >= MOST_STUCK) {
                log.accept(watchdog.stuck() + " cases are still running long after their bound; stopping the campaign");
                stuck = true;
                break;
            }
            if (System.nanoTime() >= nextProgress) {
                log.accept(progress(cases, start, stages, failures.size()));
                nextProgress = System.nanoTime() + settings.progressEvery().toNanos();
            }
        }
        return new Report(settings.seed(), cases, stages, List.copyOf(failures.values()), flaky,
                Duration.ofNanos(System.nanoTime() - start), stuck);
    }

    /** Shrinks the input of a new failure while its signature stays (see {@link InputShrinker}). */
    public Found shrink(Failure failure, Mutant m, Duration budget) {
        if (budget.isZero()) return new Found(failure, m, m.bytes(), 0, false, 1);
        long start = System.nanoTime();
        InputShrinker.Result r = InputShrinker.shrink(m.bytes(), candidate ->
                watchdog.run(m.seed(), candidate) instanceof Outcome.Failed f
                        && f.failure().signature().equals(failure.signature()), budget);
        log.accept("  shrunk from " + m.bytes().length + " to " + r.bytes().length + " bytes in " + r.tests() + " runs, "
                + (System.nanoTime() - start) / 1_000_000 + " ms" + (r.complete() ? "" : " (the shrink budget ran out)"));
        return new Found(failure, m, r.bytes(), r.tests(), r.complete(), 1);
    }

    private static String progress(long cases, long start, Map<Stage, Long> stages, int failures) {
        long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        List<String> parts = new ArrayList<>();
        stages.forEach((s, n) -> parts.add(s.name().toLowerCase(java.util.Locale.ROOT) + " " + n));
        return cases + " cases in " + ms / 1000 + " s (" + cases * 1000 / ms + "/s): " + String.join(", ", parts)
                + "; " + failures + " distinct failure" + (failures == 1 ? "" : "s");
    }
}
