package dev.weft.matrix.internal.run;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.CellResult;
import dev.weft.matrix.CorpusProgram;
import dev.weft.matrix.CorpusRunner;
import dev.weft.matrix.MatrixPlan;
import dev.weft.matrix.MatrixResult;
import dev.weft.matrix.Progress;
import dev.weft.matrix.Reproduce;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.engines.RunOutcome;
import dev.weft.matrix.internal.run.Comparison.Observed;
import dev.weft.matrix.internal.shrink.Shrinker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a plan in phases on a fixed pool: every program's defaults cells,
 * then every other vector, then the shrinking of each failing cell, and,
 * when the plan asks, the reduction of each diverging program ({@link Reductions}). A task is
 * one (program, vector): it compiles once and runs the bytes on every engine
 * that can run the vector, so a module is never built twice for a run. The
 * defaults come first so that each cell is judged, as it finishes, against
 * its program's defaults cell as well as the golden files.
 *
 * <p>Every run has the plan's timeout, and a run that times out or whose
 * engine crashes is that cell's outcome (see {@link Compiled#runOn}), so no
 * program and no engine failure ends the run (decisions/0016).
 */
public final class Execution {
    private final MatrixPlan plan;
    private final Progress progress;
    private final FeatureVector defaults;
    private final Map<CellKey, RunOutcome> outcomes = new ConcurrentHashMap<>();
    private final Map<CellKey, CellResult> results = new ConcurrentHashMap<>();
    private final Map<CellKey, Compiled> shrinkBuilds = new ConcurrentHashMap<>();
    /** Each program's module built with the defaults (by index), when it compiled. */
    private final Map<Integer, byte[]> defaultModules = new ConcurrentHashMap<>();
    /** For each program without golden files (by index), its reference cell: see {@link Expected}. */
    private final Map<Integer, Expected> references = new ConcurrentHashMap<>();

    private Execution(MatrixPlan plan, Progress progress) {
        this.plan = plan;
        this.progress = progress;
        this.defaults = plan.model().defaults();
    }

    public static MatrixResult run(MatrixPlan plan, Progress progress) {
        return new Execution(plan, progress).run();
    }

    private MatrixResult run() {
        long start = System.nanoTime();
        List<Subject> subjects = subjects();
        progress.started(plan.cellCount());
        ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
            Thread t = new Thread(r, "weft-matrix");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (Subject s : subjects) tasks.add(() -> buildAndRun(s, defaults));
            all(pool, tasks);
            tasks.clear();
            for (Subject s : subjects) {
                for (FeatureVector v : plan.vectors()) if (!v.isDefault()) tasks.add(() -> buildAndRun(s, v));
            }
            all(pool, tasks);
            tasks.clear();
            List<CellKey> failing = results.entrySet().stream()
                    .filter(e -> e.getValue().status().failing()).map(Map.Entry::getKey)
                    .sorted(order()).toList();
            if (!failing.isEmpty()) {
                progress.phase("shrinking " + failing.size() + " failing cell" + (failing.size() == 1 ? "" : "s"));
                for (CellKey k : failing) tasks.add(() -> shrink(subjects.get(k.program()), k));
                all(pool, tasks);
                tasks.clear();
                if (plan.reduction().isPresent()) {
                    tasks.addAll(new Reductions(plan, plan.reduction().get()).tasks(subjects, results,
                            (k, r) -> results.computeIfPresent(k, (key, c) -> c.withReduced(r))));
                    if (!tasks.isEmpty()) {
                        progress.phase("reducing " + tasks.size() + " diverging program" + (tasks.size() == 1 ? "" : "s"));
                        all(pool, tasks);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
        List<CellResult> cells = results.entrySet().stream().sorted(Map.Entry.comparingByKey(order()))
                .map(Map.Entry::getValue).toList();
        List<String> engineNames = new ArrayList<>(plan.engines().stream().map(Engine::name).toList());
        engineNames.addAll(plan.unavailable().keySet());
        return new MatrixResult(plan.vectors().stream().map(FeatureVector::toString).toList(), engineNames,
                List.of(plan.shard().count() == 1 ? "all" : plan.shard().toString()),
                (System.nanoTime() - start) / 1_000_000, cells);
    }

    private List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>();
        for (CorpusProgram p : plan.shardPrograms()) {
            byte[] text;
            try {
                text = Files.readAllBytes(p.source());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p.source(), e);
            }
            Optional<Observed> golden = Files.exists(p.expectationFile(".stdout"))
                    ? Optional.of(Observed.of(p.expectedStdout(), p.expectedStderr(), p.expectedExit()))
                    : Optional.empty();
            subjects.add(new Subject(subjects.size(), p, CorpusRunner.displayName(plan.root(), p.source()), text, golden));
        }
        return subjects;
    }

    private Void buildAndRun(Subject s, FeatureVector v) {
        Compiled compiled = null;
        for (Engine e : plan.engines()) {
            CellKey key = new CellKey(s.index(), v, e.name());
            Optional<String> cannot = e.cannotRun(v);
            if (cannot.isPresent()) {
                record(key, CellResult.skip(s.displayName(), v.toString(), e.name(), cannot.get()));
                continue;
            }
            if (compiled == null) {
                compiled = Compiled.compile(s.displayName(), s.program().name(), s.source(), v);
                if (v.isDefault()) compiled.module().ifPresent(m -> defaultModules.put(s.index(), m));
            }
            RunOutcome o = sameAsDefaults(s, compiled, e).orElse(null);
            if (o == null) o = compiled.runOn(e, Optional.of(plan.timeout()));
            outcomes.put(key, o);
            // Within one task the engines run in plan order, so the first to run the defaults is the reference;
            // a run that timed out or crashed is no reference.
            if (v.isDefault() && s.golden().isEmpty() && o.finished()) {
                references.putIfAbsent(s.index(), Expected.reference(e.name(), o));
            }
            record(key, judged(s, v, e, o));
        }
        for (var u : plan.unavailable().entrySet()) {
            record(new CellKey(s.index(), v, u.getKey()), CellResult.skip(s.displayName(), v.toString(), u.getKey(),
                    "engine " + u.getKey() + " is not available here: " + u.getValue()));
        }
        return null;
    }

    /**
     * The defaults cell's outcome on e, when this build's module is the
     * defaults build's, byte for byte (a program without processes under a
     * switch alternative, say): the same module on the same engine is the
     * same experiment, and the toolchain's output is deterministic, so it is
     * not run again (docs/matrix.md).
     */
    private Optional<RunOutcome> sameAsDefaults(Subject s, Compiled compiled, Engine e) {
        byte[] mine = compiled.module().orElse(null);
        byte[] theirs = defaultModules.get(s.index());
        if (mine == null || theirs == null || mine == theirs || !java.util.Arrays.equals(mine, theirs)) return Optional.empty();
        return defaultsCell(s, e);
    }

    /** A finished run judged against the golden files and the defaults cell; an unfinished one is its own status. */
    private CellResult judged(Subject s, FeatureVector v, Engine e, RunOutcome o) {
        long ms = o.time().toMillis();
        if (o.unfinished().isPresent()) {
            return CellResult.unfinished(s.displayName(), v.toString(), e.name(), o.unfinished().get(), ms);
        }
        Optional<String> diff = Judge.verdict(expected(s), o, defaultsCell(s, e));
        return diff.map(d -> CellResult.fail(s.displayName(), v.toString(), e.name(), Comparison.headline(d), ms, d))
                .orElseGet(() -> CellResult.pass(s.displayName(), v.toString(), e.name(), ms));
    }

    private Void shrink(Subject s, CellKey key) {
        Engine engine = plan.engines().stream().filter(e -> e.name().equals(key.engine())).findFirst().orElseThrow();
        FailureKind kind = FailureKind.of(results.get(key).status());
        // Confirm first, as fuzz_opt.py does: a failure that does not repeat cannot be shrunk.
        RunOutcome again = Compiled.compile(s.displayName(), s.program().name(), s.source(), key.vector())
                .runOn(engine, Optional.of(plan.timeout()));
        if (FailureKind.of(expected(s), again, key.vector().isDefault() ? Optional.empty() : defaultsCell(s, engine)).isEmpty()) {
            results.computeIfPresent(key, (k, c) -> c.flaky(Reproduce.command(s.displayName(), engine.name(), key.vector())));
            return null;
        }
        FeatureVector minimal = Shrinker.shrink(expected(s), engine, key.vector(), kind, v -> outcome(s, v, engine),
                defaultsCell(s, engine));
        results.computeIfPresent(key, (k, c) -> c.shrunk(minimal.toString(),
                Reproduce.command(s.displayName(), engine.name(), minimal)));
        return null;
    }

    /** A cell's outcome, run now if the matrix did not run it; builds are shared by the engines. */
    private RunOutcome outcome(Subject s, FeatureVector v, Engine e) {
        CellKey key = new CellKey(s.index(), v, e.name());
        RunOutcome known = outcomes.get(key);
        if (known != null) return known;
        CellKey build = new CellKey(s.index(), v, "");
        Compiled c = shrinkBuilds.get(build);
        if (c == null) {
            c = Compiled.compile(s.displayName(), s.program().name(), s.source(), v);
            Compiled earlier = shrinkBuilds.putIfAbsent(build, c);
            if (earlier != null) c = earlier;
        }
        RunOutcome o = c.runOn(e, Optional.of(plan.timeout()));
        RunOutcome earlier = outcomes.putIfAbsent(key, o);
        return earlier != null ? earlier : o;
    }

    /** The golden files, else the reference cell once it has run. */
    private Optional<Expected> expected(Subject s) {
        return s.golden().map(Expected::golden).or(() -> Optional.ofNullable(references.get(s.index())));
    }

    /** The defaults cell's outcome, when it ran and finished: a timed-out or crashed run is no reference. */
    private Optional<RunOutcome> defaultsCell(Subject s, Engine e) {
        return Optional.ofNullable(outcomes.get(new CellKey(s.index(), defaults, e.name()))).filter(RunOutcome::finished);
    }

    private void record(CellKey key, CellResult cell) {
        results.put(key, cell);
        progress.cellDone(cell);
    }

    /** Program, then vector, then engine, in the plan's orders. */
    private Comparator<CellKey> order() {
        List<String> engines = new ArrayList<>(plan.engines().stream().map(Engine::name).toList());
        engines.addAll(plan.unavailable().keySet());
        return Comparator.comparingInt(CellKey::program)
                .thenComparingInt(k -> plan.vectors().indexOf(k.vector()))
                .thenComparingInt(k -> engines.indexOf(k.engine()));
    }

    private static void all(ExecutorService pool, List<Callable<Void>> tasks) {
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("matrix run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("matrix task failed: " + e.getCause(), e.getCause());
        }
    }
}
