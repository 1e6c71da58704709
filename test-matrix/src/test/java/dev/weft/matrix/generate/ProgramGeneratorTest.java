package dev.weft.matrix.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.Compiler;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator writes programs the compiler accepts without a single
 * diagnostic (no error, no warning: an unreachable arm would be W0201), the
 * same text for the same seed, and programs that use the language broadly.
 * A failure here is a generator bug or a compiler bug; the message holds the
 * program and its diagnostics.
 */
class ProgramGeneratorTest {
    static final int SEEDS = 200;

    @Test
    void twoHundredSeedsCompileWithoutDiagnostics() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            String text = ProgramGenerator.generate(seed);
            Diagnostics d = new Diagnostics();
            String failure;
            try {
                Compiler.toCore(new SourceFile("gen" + seed + ".weft", text), d);
                failure = d.all().isEmpty() ? null : render(d);
            } catch (RuntimeException | StackOverflowError e) {
                failure = "internal error: " + e;
            }
            if (failure != null) failures.add("seed " + seed + ":\n" + failure + numbered(text));
        }
        failures.forEach(f -> System.out.println("FAILURE " + f.lines().limit(2).toList()));
        assertTrue(failures.isEmpty(), failures.size() + " of " + SEEDS + " programs have diagnostics; the first:\n"
                + (failures.isEmpty() ? "" : failures.get(0)));
    }

    /** Ping-pongs reach the backend's tail-call merging (pass/TailGroups) in many programs. */
    @Test
    void manyProgramsHaveMutualTailCalls() {
        int merged = 0;
        for (long seed = 1; seed <= 40; seed++) {
            var core = Compiler.toCore(new SourceFile("gen" + seed + ".weft", ProgramGenerator.generate(seed)),
                    new Diagnostics()).orElseThrow();
            if (core.functions().stream().anyMatch(f -> f.name().endsWith("$tail_group"))) merged++;
        }
        assertTrue(merged >= 10, "programs of 40 with a group of mutually tail-calling functions: " + merged);
    }

    /** About one program in three has a processes section, and each such program is a process program to the backend. */
    @Test
    void aThirdOfTheProgramsHaveProcesses() {
        int with = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            String text = ProgramGenerator.generate(seed);
            if (!ProcessConstructs.hasProcesses(text)) continue;
            with++;
            var core = Compiler.toCore(new SourceFile("gen" + seed + ".weft", text), new Diagnostics()).orElseThrow();
            assertTrue(core.processes(), "seed " + seed + " has a processes section but no process construct reached the backend");
        }
        assertTrue(with >= SEEDS / 5 && with <= SEEDS / 2, "programs of " + SEEDS + " with processes: " + with);
    }

    /** Every process construct the generator knows appears in some of the seeds, most in many. */
    @Test
    void everyProcessConstructAppears() {
        Map<ProcessConstructs.Construct, Integer> counts = new EnumMap<>(ProcessConstructs.Construct.class);
        for (ProcessConstructs.Construct c : ProcessConstructs.Construct.values()) counts.put(c, 0);
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (var c : ProcessConstructs.in(ProgramGenerator.generate(seed))) counts.merge(c, 1, Integer::sum);
        }
        System.out.println("process constructs in " + SEEDS + " seeds: " + counts);
        List<String> missing = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(e -> e.getKey().name()).toList();
        assertTrue(missing.isEmpty(), "constructs in no program of " + SEEDS + ": " + missing + "; counts " + counts);
    }

    @Test
    void theSameSeedGivesTheSameText() {
        for (long seed : new long[] {1, 42, -7, Long.MAX_VALUE}) {
            assertEquals(ProgramGenerator.generate(seed), ProgramGenerator.generate(seed), "seed " + seed);
        }
        assertTrue(!ProgramGenerator.generate(1).equals(ProgramGenerator.generate(2)));
    }

    private static String render(Diagnostics d) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic x : d.all()) b.append(DiagnosticPrinter.render(x));
        return b.toString();
    }

    static String numbered(String text) {
        StringBuilder b = new StringBuilder();
        int n = 1;
        for (String line : text.split("\n", -1)) b.append(String.format("%3d  %s%n", n++, line));
        return b.toString();
    }
}
