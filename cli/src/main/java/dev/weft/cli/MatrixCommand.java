package dev.weft.cli;

import dev.weft.features.FeatureModel;
import dev.weft.features.FeatureVector;
import dev.weft.features.FeatureVectorException;
import dev.weft.matrix.CorpusProgram;
import dev.weft.matrix.Matrix;
import dev.weft.matrix.MatrixEngines;
import dev.weft.matrix.MatrixPlan;
import dev.weft.matrix.MatrixResult;
import dev.weft.matrix.ProgramReduction;
import dev.weft.matrix.Progress;
import dev.weft.matrix.Reports;
import dev.weft.matrix.Shard;
import dev.weft.matrix.VectorSet;
import dev.weft.matrix.engines.Engine;
import dev.weft.matrix.generate.GeneratedPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Runs programs x feature vectors x engines and compares every cell with the program's golden files",
                "(NAME.stdout, .stderr, .exit), or, for a program without them, with its reference cell (the defaults on the",
                "first engine), and with its defaults cell on the same engine. Each failing cell is shrunk to the smallest",
                "set of non-default choices that still fails, printed with the command that reproduces it; with --reduce",
                "(implied by --generate) each diverging program is then reduced to a small program that still diverges.",
                "See docs/matrix.md."},
        subcommands = MatrixCommand.Merge.class,
        footer = {"", "A cell fails when its output differs, when it times out, or when its engine crashes; each is reported",
                "as such, and the run goes on.",
                "Exit codes: 0 every cell passed or was skipped; 1 some cell failed, timed out or crashed; 2 bad command line.",
                "Example: weft matrix tests/programs --vectors pairwise --engines chicory,node --report out/matrix",
                "Example: weft matrix --generate 50 --jobs 2        (50 generated programs, a random seed, printed)"})
final class MatrixCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Corpus folders (every NAME.weft in them) or .weft files. A program without NAME.stdout is checked differentially: against its reference cell and its defaults cell.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--generate", paramLabel = "N[:SEED]",
            description = "Also run N generated programs (seeds SEED to SEED+N-1; a random SEED, printed, when not given), written as gen-SEED.weft into REPORT/programs. Implies --reduce.")
    String generate;

    @Option(names = "--reduce",
            description = "Reduce each diverging program (delete definitions, statements, arms; simplify expressions) while it still diverges; the reduced programs go into REPORT/reduced.")
    boolean reduce;

    @Option(names = "--reduce-seconds", paramLabel = "S", defaultValue = "120",
            description = "Time for each program's reduction (default: 120); the smallest program found by then is reported.")
    int reduceSeconds;

    @Option(names = "--reduce-programs", paramLabel = "N", defaultValue = "3",
            description = "Reduce only the first N diverging programs (default: 3); the others are reported with their minimal vectors.")
    int reducePrograms;

    @Option(names = "--engines", paramLabel = "LIST",
            description = "Comma-separated engines (default: every registered engine; one that cannot start here is reported as skipped with the reason).")
    String engines;

    @Option(names = "--vectors", paramLabel = "KIND", defaultValue = "singles",
            description = "defaults, singles (the default), pairwise, random:N[:seed], or vectors separated by ';' as in 'opt=0;memory=fixed:16,opt=s'. The defaults vector is always included.")
    String vectors;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Run only part I of N (by program, round robin in name order), as a CI job matrix does; join the reports with `weft matrix merge`.")
    String shard;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write report.json, junit.xml and report.html into DIR (with --generate, default out/generate-SEED; with --reduce alone, out/matrix).")
    Path report;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2",
            description = "Builds and runs at once (default: 2).")
    int jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", converter = Timeout.class,
            description = "How long one cell's run may take, instantiation included, before its engine stops it and the"
                    + " cell is reported as timed out (default: 60; decimals allowed, as 0.5).")
    Duration timeout;

    @Override
    public Integer call() {
        if (paths.isEmpty() && generate == null) {
            System.err.println("weft: matrix needs at least one PATH (a corpus folder or .weft files) or --generate N; see weft matrix --help");
            return ExitCodes.USAGE;
        }
        MatrixPlan plan;
        try {
            Campaign campaign = generate == null ? null : Campaign.parse(generate);
            if (report == null && campaign != null) report = Path.of("out", "generate-" + campaign.seed());
            if (report == null && reduce) report = Path.of("out", "matrix");
            if (reduceSeconds < 1) throw new IllegalArgumentException("--reduce-seconds must be at least 1");
            if (reducePrograms < 1) throw new IllegalArgumentException("--reduce-programs must be at least 1");
            FeatureModel model = FeatureModel.standard();
            List<FeatureVector> vs = VectorSet.parse(vectors).vectors(model);
            List<Engine> es = engines == null ? MatrixEngines.all() : MatrixEngines.named(engines);
            if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
            List<CorpusProgram> programs = programs();
            if (campaign != null) {
                programs.addAll(GeneratedPrograms.write(report.resolve("programs"), campaign.seed(), campaign.count()));
                System.out.println("generate: " + campaign.count() + " program" + (campaign.count() == 1 ? "" : "s")
                        + ", seeds " + campaign.seed() + " to " + (campaign.seed() + campaign.count() - 1) + ", in "
                        + report.resolve("programs") + " (the same again: weft matrix --generate " + campaign.count() + ":"
                        + campaign.seed() + ")");
                System.out.flush();
            }
            plan = new MatrixPlan(Path.of(""), programs, vs, es, Map.of(), Shard.parse(shard), jobs).withTimeout(timeout);
            if (campaign != null || reduce) {
                plan = plan.withReduction(new ProgramReduction(report.resolve("reduced"), Duration.ofSeconds(reduceSeconds),
                        reducePrograms));
            }
        } catch (FeatureVectorException e) {
            System.err.println("weft: invalid --vectors: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("weft: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        MatrixResult result = Matrix.run(plan, Progress.forEnvironment(System.err));
        return finish(result, report);
    }

    /** {@code --generate N[:SEED]}: how many programs, from which seed. */
    record Campaign(int count, long seed) {
        /** Random seeds stay below 2^31, so that they are short to type again. */
        static Campaign parse(String text) {
            String[] parts = text.split(":", -1);
            try {
                int count = Integer.parseInt(parts[0].strip());
                long seed = parts.length > 1 ? Long.parseLong(parts[1].strip())
                        : java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 31);
                if (parts.length > 2 || count < 1 || seed < 0) throw new NumberFormatException();
                return new Campaign(count, seed);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid --generate '" + text
                        + "': expected N or N:SEED, a count of at least 1 and a seed of at least 0, as 20 or 20:7");
            }
        }
    }

    /** Writes the report when asked, prints the summary, and gives the exit code. */
    static int finish(MatrixResult result, Path report) {
        if (report != null) Reports.write(result, report);
        System.out.print(result.summary());
        if (report != null) System.out.println("report: " + report.resolve(Reports.HTML));
        System.out.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.PROGRAM_ERRORS;
    }

    private List<CorpusProgram> programs() {
        List<CorpusProgram> programs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<CorpusProgram> found = CorpusProgram.load(p);
                if (found.isEmpty()) throw new IllegalArgumentException("no .weft programs in " + p);
                programs.addAll(found);
            } else if (p.toString().endsWith(".weft") && Files.isRegularFile(p)) {
                programs.add(CorpusProgram.of(p));
            } else {
                throw new IllegalArgumentException("cannot read " + p + ": not a folder or a .weft file");
            }
        }
        return programs;
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Joins the report folders of a sharded run (weft matrix --shard i/n --report DIR) into one report.",
                    "Exits 1 when any cell in them failed."})
    static final class Merge implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Report folders, each holding a report.json.")
        List<Path> dirs = new ArrayList<>();

        @Option(names = "--report", paramLabel = "OUT", required = true,
                description = "Where to write the merged report.json, junit.xml and report.html.")
        Path out;

        @Override
        public Integer call() {
            List<MatrixResult> parts = new ArrayList<>();
            try {
                for (Path d : dirs) parts.add(Reports.read(d));
                return finish(Reports.merge(parts), out);
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                System.err.println("weft: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }
}
