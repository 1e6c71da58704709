package dev.weft.matrix;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a matrix run covers: programs x vectors x engines.
 *
 * @param root the repository root; programs are named relative to it
 * @param programs the corpus programs, in the order reports list them
 * @param vectors the vectors; the defaults are added first when missing, since
 *     every cell is also compared with its program's defaults cell
 * @param engines the engines to run on, in report order
 * @param unavailable engines that cannot start on this machine, by name, with
 *     why: their cells are reported as skipped with that reason
 * @param shard which part of the programs to run
 * @param threads how many (program, vector) builds run at once
 * @param timeout how long one cell's run may take (instantiation included, compilation not)
 *     before its engine stops it and the cell is reported as timed out
 * @param reduction whether and where diverging programs are reduced after their vectors are shrunk
 */
public record MatrixPlan(Path root, List<CorpusProgram> programs, List<FeatureVector> vectors, List<Engine> engines,
        Map<String, String> unavailable, Shard shard, int threads, Duration timeout,
        Optional<ProgramReduction> reduction) {

    /** Two, the cores CI machines have: more threads than cores only slows the interpreter. */
    public static final int DEFAULT_THREADS = 2;

    /**
     * A minute: the slowest corpus cell, tail_loop_10m on Chicory's
     * interpreter, took 5 s on an idle 2-core machine, and a machine shared
     * by several runs can be four times slower; a program that never ends
     * costs a minute per cell (and one more to confirm it), not the whole run.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public MatrixPlan {
        programs = List.copyOf(programs);
        if (vectors.isEmpty()) throw new IllegalArgumentException("a matrix needs at least one vector");
        FeatureModel model = vectors.get(0).model();
        var vs = new ArrayList<FeatureVector>();
        vs.add(model.defaults());
        for (FeatureVector v : vectors) if (!vs.contains(v)) vs.add(v);
        vectors = List.copyOf(vs);
        engines = List.copyOf(engines);
        unavailable = new LinkedHashMap<>(unavailable);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        java.util.Objects.requireNonNull(reduction, "reduction");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the timeout must be positive");
    }

    /** A plan with the default timeout that reduces no programs. */
    public MatrixPlan(Path root, List<CorpusProgram> programs, List<FeatureVector> vectors, List<Engine> engines,
            Map<String, String> unavailable, Shard shard, int threads) {
        this(root, programs, vectors, engines, unavailable, shard, threads, DEFAULT_TIMEOUT, Optional.empty());
    }

    public static MatrixPlan of(Path root, List<CorpusProgram> programs, List<FeatureVector> vectors, List<Engine> engines) {
        return new MatrixPlan(root, programs, vectors, engines, Map.of(), Shard.ALL, DEFAULT_THREADS);
    }

    public MatrixPlan withShard(Shard s) {
        return new MatrixPlan(root, programs, vectors, engines, unavailable, s, threads, timeout, reduction);
    }

    public MatrixPlan withUnavailable(Map<String, String> u) {
        return new MatrixPlan(root, programs, vectors, engines, u, shard, threads, timeout, reduction);
    }

    public MatrixPlan withThreads(int n) {
        return new MatrixPlan(root, programs, vectors, engines, unavailable, shard, n, timeout, reduction);
    }

    public MatrixPlan withTimeout(Duration limit) {
        return new MatrixPlan(root, programs, vectors, engines, unavailable, shard, threads, limit, reduction);
    }

    public MatrixPlan withReduction(ProgramReduction r) {
        return new MatrixPlan(root, programs, vectors, engines, unavailable, shard, threads, timeout, Optional.of(r));
    }

    public FeatureModel model() {
        return vectors.get(0).model();
    }

    /** The programs of this plan's shard. */
    public List<CorpusProgram> shardPrograms() {
        var sorted = new ArrayList<>(programs);
        sorted.sort(java.util.Comparator.comparing(p -> CorpusRunner.displayName(root, p.source())));
        var mine = new ArrayList<CorpusProgram>();
        for (int i = 0; i < sorted.size(); i++) if (shard.takes(i)) mine.add(sorted.get(i));
        // Keep the caller's order among the programs taken.
        mine.sort(java.util.Comparator.comparingInt(programs::indexOf));
        return mine;
    }

    /** How many cells this plan's shard has. */
    public int cellCount() {
        return shardPrograms().size() * vectors.size() * (engines.size() + unavailable.size());
    }
}
