package dev.weft.matrix.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The mutation fuzzer's fixed budget on every build: the same 300 cases of
 * the same seed each time (20 s measured on two cores shared with three other
 * builds, load 7), through the
 * whole toolchain as {@code bench/fuzz} runs it. A failure is shrunk (at most
 * 20 s each) and reported with its shrunk program and the command that makes
 * the case again. Longer campaigns with new seeds: {@code bench/fuzz --minutes N}.
 */
class MutationFuzzTest {
    /** The campaign the build runs; changing it changes which 300 mutants are tried. */
    static final long SEED = 20_260_324L;
    static final int CASES = 300;

    @Test
    void theToolchainSurvivesTheFixedBudgetOfMutants() {
        Path root = Path.of(System.getProperty("weft.root", "..")).toAbsolutePath().normalize();
        Pipeline pipeline = new Pipeline(FeatureVector.parse("opt=0"), Optional.of(FuzzMain.RUN_BOUND));
        pipeline.warmUp();
        Watchdog watchdog = new Watchdog(pipeline, FuzzMain.BASE_BOUND.plus(pipeline.runAllowance()), FuzzMain.PER_KIB);
        List<String> log = new ArrayList<>();
        Campaign campaign = new Campaign(MutantGenerator.forCorpus(root), watchdog, log::add);
        Campaign.Report report = campaign.run(new Campaign.Settings(SEED, CASES, Long.MAX_VALUE, Duration.ofSeconds(20),
                Duration.ofSeconds(30)), f -> {});
        StringBuilder failures = new StringBuilder();
        for (Campaign.Found f : report.found()) {
            failures.append("\n\n").append(f.failure().summary()).append(" (seen ").append(f.count()).append("x)\n")
                    .append("again: bench/fuzz --seed ").append(SEED).append(" --case ").append(f.first().index())
                    .append(" (from ").append(f.first().seed()).append(")\nshrunk program:\n")
                    .append(Summary.quoted(f.shrunk())).append("\n").append(f.failure().detail().lines().limit(12)
                            .reduce("", (a, b) -> a + b + "\n"));
        }
        assertTrue(report.found().isEmpty(), report.found().size() + " distinct failures in " + report.cases()
                + " mutants:" + failures);
        assertTrue(report.cases() == CASES, "ran " + report.cases() + " of " + CASES + " cases: " + log);
    }
}
