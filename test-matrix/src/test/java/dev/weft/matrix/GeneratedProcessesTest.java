package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.matrix.generate.GeneratedPrograms;
import dev.weft.matrix.generate.ProcessConstructs;
import dev.weft.matrix.generate.ProcessConstructs.Construct;
import dev.weft.matrix.generate.ProgramGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated programs with processes on every registered engine under
 * switching as often as it goes, and with the other collector, judged
 * differentially: each cell against the reference cell (the defaults on the
 * first engine) and its engine's defaults cell. The programs print the same
 * whatever the scheduling ({@code Processes} says why), so a difference is
 * a fault in the scheduler, the switching, the copying of messages, receive,
 * monitors or a host. One test per cell; an engine that cannot start here
 * gives skipped tests with its reason, never passing ones, and is named on
 * standard output. A failure carries its minimal vector, the reduced program
 * and the commands that reproduce it. Reports land in
 * test-matrix/target/matrix/processes.
 *
 * <p>The {@value #PROGRAMS} programs are the first seeds that together hold
 * every construct {@link ProcessConstructs} knows, each taken when it adds
 * one, then the next process seeds if room is left (six take all of them
 * today: seeds 5, 7, 17, 21, 22 and 31). On a busy 2-core machine 8 programs
 * x 5 vectors x 4 engines took 82 s, of which the engines' runs were 37 s
 * (two at a time) and the 40 builds the rest (asyncify and wasm-opt -O3,
 * about 3 s each); hence six: 120 cells, 27 s on the same machine idle.
 */
class GeneratedProcessesTest {
    static final int PROGRAMS = 6;
    static final List<String> VECTORS = List.of("switch=every-n:7", "switch=every", "switch=clock:200",
            "gc=mark-sweep,switch=every");
    private static final Path ROOT = Repository.root();

    @TestFactory
    Stream<DynamicTest> processProgramsAgreeUnderEverySwitch() throws IOException {
        Assumptions.assumeTrue(WasmTools.has("wasm-opt"), "wasm-opt (Debian's binaryen) is not installed");
        Path out = ROOT.resolve("test-matrix/target/matrix/processes");
        Path folder = out.resolve("programs");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> stale = Files.list(folder)) {
                for (Path p : stale.toList()) Files.delete(p);
            }
        }
        List<CorpusProgram> programs = new ArrayList<>();
        for (long seed : seeds()) programs.addAll(GeneratedPrograms.write(folder, seed, 1));
        List<FeatureVector> vectors = new VectorSet.Explicit(VECTORS).vectors(FeatureModel.standard());
        MatrixResult result = Matrix.run(MatrixPlan.of(ROOT, programs, vectors, MatrixEngines.all())
                .withReduction(ProgramReduction.into(out.resolve("reduced"))), Progress.none());
        Reports.write(result, out);
        System.out.print("processes " + result.summary());
        result.cells().stream().filter(c -> c.status() == CellResult.Status.SKIP)
                .map(c -> "skipped on " + c.engine() + ": " + c.reason()).distinct().forEach(System.out::println);
        return result.cells().stream().map(c -> DynamicTest.dynamicTest(
                c.program() + " [" + c.vectorLabel() + "] on " + c.engine(), () -> GeneratedDifferentialTest.check(c)));
    }

    /** Seeds from 1: each process program that adds a construct not yet held, then the next ones up to PROGRAMS. */
    static List<Long> seeds() {
        Set<Construct> all = EnumSet.allOf(Construct.class);
        Set<Construct> held = EnumSet.noneOf(Construct.class);
        List<Long> chosen = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (long seed = 1; seed <= 2000 && chosen.size() < PROGRAMS; seed++) {
            if (held.containsAll(all) && chosen.size() + others.size() >= PROGRAMS) break;
            String text = ProgramGenerator.generate(seed);
            if (!ProcessConstructs.hasProcesses(text)) continue;
            Set<Construct> in = ProcessConstructs.in(text);
            if (held.containsAll(in)) {
                others.add(seed);
            } else {
                held.addAll(in);
                chosen.add(seed);
            }
        }
        assertEquals(all, held, "the chosen seeds " + chosen + " miss constructs");
        for (int i = 0; chosen.size() < PROGRAMS && i < others.size(); i++) chosen.add(others.get(i));
        chosen.sort(null);
        return chosen;
    }
}
