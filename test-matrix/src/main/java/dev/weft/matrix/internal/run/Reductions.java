package dev.weft.matrix.internal.run;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.CellResult;
import dev.weft.matrix.CorpusRunner;
import dev.weft.matrix.MatrixPlan;
import dev.weft.matrix.ProgramReduction;
import dev.weft.matrix.Reproduce;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.internal.reduce.ProgramReducer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

/**
 * The run's last phase, when the plan asks for it: each diverging program
 * reduced. Failing cells of one program with one minimal vector are taken
 * as one divergence (the planted or real bug shows on every engine alike),
 * reduced once on the first such cell's engine, judged differentially
 * against the reference engine ({@link Divergence}); the reduced program is
 * then given to each cell of the group on which it still diverges. Cells
 * whose failure did not repeat (flaky) have no minimal vector and are left
 * alone, as are programs whose cells agree with each other but not with
 * their golden files (there is no divergence to keep) and the programs
 * after the first {@link ProgramReduction#programs()} that diverge.
 */
final class Reductions {
    private final MatrixPlan plan;
    private final ProgramReduction reduction;

    Reductions(MatrixPlan plan, ProgramReduction reduction) {
        this.plan = plan;
        this.reduction = reduction;
    }

    /** One task per (program, minimal vector); each reports the reduced program for the cells it holds. */
    List<Callable<Void>> tasks(List<Subject> subjects, Map<CellKey, CellResult> results,
            BiConsumer<CellKey, CellResult.Reduced> found) {
        Map<String, List<CellKey>> groups = new LinkedHashMap<>();
        results.entrySet().stream()
                .filter(e -> e.getValue().status() == CellResult.Status.FAIL && e.getValue().minimalVector().isPresent())
                .map(Map.Entry::getKey).sorted(order())
                .forEach(k -> groups.computeIfAbsent(k.program() + "\u0000" + results.get(k).minimalVector().get(),
                        x -> new ArrayList<>()).add(k));
        Optional<Engine> reference = plan.engines().stream()
                .filter(e -> e.cannotRun(plan.model().defaults()).isEmpty()).findFirst();
        List<Callable<Void>> tasks = new ArrayList<>();
        if (reference.isEmpty()) return tasks;
        Map<Integer, Integer> perProgram = new LinkedHashMap<>();
        for (List<CellKey> group : groups.values()) {
            Subject s = subjects.get(group.get(0).program());
            if (!perProgram.containsKey(s.index()) && perProgram.size() == reduction.programs()) continue;
            FeatureVector minimal = plan.model().parse(results.get(group.get(0)).minimalVector().get());
            int n = perProgram.merge(s.index(), 1, Integer::sum);
            Path file = reduction.folder().resolve(s.program().name() + "-reduced" + (n == 1 ? "" : "-" + n) + ".weft");
            tasks.add(() -> {
                reduce(s, minimal, group, reference.get(), file, found);
                return null;
            });
        }
        return tasks;
    }

    private void reduce(Subject s, FeatureVector minimal, List<CellKey> group, Engine reference, Path file,
            BiConsumer<CellKey, CellResult.Reduced> found) {
        Engine first = engine(group.get(0).engine());
        Optional<Divergence> divergence = Divergence.of(s.displayName(), s.program().name(), s.text(), minimal, first,
                reference);
        if (divergence.isEmpty()) return;
        Optional<ProgramReducer.Result> reduced = ProgramReducer.reduce(s.displayName(), s.text(), divergence.get(),
                reduction.budget());
        if (reduced.isEmpty()) return;
        String text = reduced.get().text();
        write(file, text);
        String shown = CorpusRunner.displayName(plan.root(), file);
        String compare = Reproduce.command(shown, reference.name(), plan.model().defaults());
        for (CellKey k : group) {
            Engine e = engine(k.engine());
            boolean holds = e == first || Divergence.of(s.displayName(), s.program().name(), text, minimal, e, reference)
                    .isPresent();
            if (holds) found.accept(k, new CellResult.Reduced(shown, text, Reproduce.command(shown, e.name(), minimal), compare,
                    reduced.get().tests(), reduced.get().timedOut()));
        }
    }

    private Engine engine(String name) {
        return plan.engines().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reduced program " + file, e);
        }
    }

    private java.util.Comparator<CellKey> order() {
        List<String> engines = plan.engines().stream().map(Engine::name).toList();
        return java.util.Comparator.comparingInt(CellKey::program)
                .thenComparingInt(k -> plan.vectors().indexOf(k.vector()))
                .thenComparingInt(k -> engines.indexOf(k.engine()));
    }
}
