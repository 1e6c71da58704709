package dev.weft.matrix.internal.run;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a program text still shows one failing cell's divergence: the
 * reducer's test. It compiles the text with the defaults (a candidate that
 * does not compile fails here, cheaply) and runs it on the reference engine,
 * then on the cell's engine with the defaults and with the cell's vector,
 * and judges that cell as the matrix does: against the reference cell and
 * its engine's defaults cell. Only these runs: not the whole matrix again.
 * The candidate must differ in the same streams, from the same cells, as
 * the original did (stdout from the reference, say), so that reduction does
 * not slip from one bug to another.
 */
final class Divergence implements Predicate<String> {
    private static final Pattern KIND = Pattern.compile("^(stdout|stderr|exit code) differs from (the \\w+ cell)",
            Pattern.MULTILINE);
    /** A run of a candidate may take this many times the original's slowest, and at least {@link #MIN_LIMIT}. */
    private static final int SLOWER = 20;
    private static final Duration MIN_LIMIT = Duration.ofSeconds(5);

    private final String displayName;
    private final String programName;
    private final FeatureVector vector;
    private final Engine engine;
    private final Engine reference;
    private Duration limit = Duration.ofMinutes(2);
    private Set<String> kinds;

    private Divergence(String displayName, String programName, FeatureVector vector, Engine engine, Engine reference) {
        this.displayName = displayName;
        this.programName = programName;
        this.vector = vector;
        this.engine = engine;
        this.reference = reference;
    }

    /** Empty when the text does not diverge in that cell, judged differentially. */
    static Optional<Divergence> of(String displayName, String programName, String text, FeatureVector vector,
            Engine engine, Engine reference) {
        if (vector.isDefault() && engine == reference) return Optional.empty();
        Divergence d = new Divergence(displayName, programName, vector, engine, reference);
        long start = System.nanoTime();
        Optional<Set<String>> kinds = d.kinds(text);
        if (kinds.isEmpty()) return Optional.empty();
        d.kinds = kinds.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        d.limit = took.multipliedBy(SLOWER).compareTo(MIN_LIMIT) > 0 ? took.multipliedBy(SLOWER) : MIN_LIMIT;
        return Optional.of(d);
    }

    @Override
    public boolean test(String text) {
        return kinds(text).filter(kinds::equals).isPresent();
    }

    private Optional<Set<String>> kinds(String text) {
        List<Compiled> built = Compiled.compile(displayName, programName, text, List.of(vector.model().defaults(), vector));
        Compiled atDefaults = built.get(0);
        if (atDefaults.module().isEmpty()) return Optional.empty();
        Optional<RunOutcome> ref = Bounded.run(() -> atDefaults.runOn(reference), limit);
        if (ref.isEmpty()) return Optional.empty();
        Optional<RunOutcome> own = engine == reference ? ref : Bounded.run(() -> atDefaults.runOn(engine), limit);
        if (own.isEmpty()) return Optional.empty();
        Optional<RunOutcome> cell = vector.isDefault() ? own : Bounded.run(() -> built.get(1).runOn(engine), limit);
        if (cell.isEmpty()) return Optional.empty();
        Optional<String> diff = Judge.verdict(Optional.of(Expected.reference(reference.name(), ref.get())), cell.get(),
                vector.isDefault() ? Optional.empty() : own);
        return diff.map(Divergence::kindsOf);
    }

    /** The streams that differ and from what: "stdout / the reference cell". */
    static Set<String> kindsOf(String diff) {
        Set<String> out = new TreeSet<>();
        Matcher m = KIND.matcher(diff);
        while (m.find()) out.add(m.group(1) + " / " + m.group(2));
        return out;
    }
}
