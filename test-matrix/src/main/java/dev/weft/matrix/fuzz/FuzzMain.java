package dev.weft.matrix.fuzz;

import dev.weft.features.FeatureVector;
import dev.weft.features.FeatureVectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command behind {@code bench/fuzz}: a campaign of N minutes (or N cases)
 * over the corpus, one case made again ({@code --case}), or one file
 * ({@code --file}); each failure is shrunk and written to the output folder.
 * Run from the repository's root. Exit 0 when nothing failed, 1 when something
 * did, 2 for a bad command line.
 */
public final class FuzzMain {
    private static final String USAGE = """
            usage: bench/fuzz [--minutes N | --cases N] [--seed S] [--out DIR] [options]
                   bench/fuzz --seed S --case I [options]     make case I of seed S again, shrink it if it fails
                   bench/fuzz --file FILE [options]          run one file, shrink it if it fails
            options:
              --minutes N         fuzz for N minutes (default 1); --cases N stops after N cases instead
              --seed S            the campaign's seed (default: a random one, printed)
              --out DIR           where failures go (default bench/target/fuzz/SEED)
              --features V        the vector builds use (default opt=0: wasm-opt is a process per build)
              --no-run            do not run built modules on Chicory
              --shrink-seconds N  the longest one failure is shrunk (default 60)
            """;

    private FuzzMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("fuzz: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (o.help) {
            System.out.print(USAGE);
            return 0;
        }
        Path root = Path.of("").toAbsolutePath();
        Pipeline pipeline = new Pipeline(o.vector, o.run ? Optional.of(RUN_BOUND) : Optional.empty());
        pipeline.warmUp();
        Watchdog watchdog = new Watchdog(pipeline, BASE_BOUND.plus(pipeline.runAllowance()), PER_KIB);
        Campaign campaign = new Campaign(MutantGenerator.forCorpus(root), watchdog, line -> System.err.println("fuzz: " + line));
        Path out = o.out.orElse(root.resolve("bench/target/fuzz/" + o.seed));
        if (o.file.isPresent()) return oneFile(o, campaign, watchdog, out);
        if (o.caseIndex.isPresent()) return oneCase(o, campaign, watchdog, root, out);

        System.err.println("fuzz: seed " + o.seed + " (again: bench/fuzz --seed " + o.seed + "), "
                + (o.cases.isPresent() ? o.cases.get() + " cases" : o.minutes + " minute" + (o.minutes == 1 ? "" : "s"))
                + ", failures to " + out);
        List<Path> written = new ArrayList<>();
        long deadline = o.cases.isPresent() ? Long.MAX_VALUE : System.nanoTime() + (long) (o.minutes * 60e9);
        Campaign.Report report = campaign.run(new Campaign.Settings(o.seed, o.cases.orElse(Long.MAX_VALUE), deadline,
                o.shrink, Duration.ofSeconds(10)), f -> {
                    Path p = FailureFiles.write(out, written.size() + 1, f, o.seed);
                    written.add(p);
                    System.err.println("fuzz:   written to " + p);
                });
        System.err.print(Summary.of(report, written));
        return report.found().isEmpty() ? 0 : 1;
    }

    private static int oneCase(Options o, Campaign campaign, Watchdog watchdog, Path root, Path out) {
        Mutant m = MutantGenerator.forCorpus(root).generate(o.seed, o.caseIndex.get());
        System.err.println("fuzz: case " + m.index() + " of seed " + o.seed + ": " + m.seed() + " + "
                + String.join(" + ", m.mutations()) + ", " + m.bytes().length + " bytes");
        return judge(o, campaign, watchdog, m, out);
    }

    private static int oneFile(Options o, Campaign campaign, Watchdog watchdog, Path out) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(o.file.get());
        } catch (IOException e) {
            System.err.println("fuzz: cannot read " + o.file.get() + ": " + e.getMessage());
            return 2;
        }
        return judge(o, campaign, watchdog, new Mutant(0, o.file.get().toString(), List.of("none"), bytes), out);
    }

    private static int judge(Options o, Campaign campaign, Watchdog watchdog, Mutant m, Path out) {
        Outcome outcome = watchdog.run(m.seed(), m.bytes());
        if (outcome instanceof Outcome.Passed p) {
            System.err.println("fuzz: passes (" + p.stage().name().toLowerCase(java.util.Locale.ROOT) + ")");
            return 0;
        }
        Failure failure = ((Outcome.Failed) outcome).failure();
        System.err.println("fuzz: fails: " + failure.summary());
        Campaign.Found f = campaign.shrink(failure, m, o.shrink);
        Path p = FailureFiles.write(out, 1, f, o.seed);
        System.err.println("fuzz: shrunk program in " + p + ":");
        System.err.println(Summary.quoted(f.shrunk()));
        return 1;
    }

    /**
     * A case's bound is {@code BASE_BOUND + PER_KIB} per KiB of input, plus the run's bound. The
     * corpus's files compile in 5 to 60 ms each once the JVM is warm; 2 s covers a cold JIT and a
     * machine shared with other builds, and 1 s per KiB keeps a 100 KiB mutant's bound under two
     * minutes while anything quadratic shows long before that.
     */
    static final Duration BASE_BOUND = Duration.ofSeconds(2);

    static final Duration PER_KIB = Duration.ofSeconds(1);

    /** A built mutant's run on Chicory's interpreter: the corpus's programs end in well under a second there. */
    static final Duration RUN_BOUND = Duration.ofSeconds(1);

    private static final class Options {
        double minutes = 1;
        Optional<Long> cases = Optional.empty();
        long seed = new SecureRandom().nextLong() & Long.MAX_VALUE;
        Optional<Long> caseIndex = Optional.empty();
        Optional<Path> file = Optional.empty();
        Optional<Path> out = Optional.empty();
        FeatureVector vector = FeatureVector.parse("opt=0");
        boolean run = true;
        Duration shrink = Duration.ofSeconds(60);
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> o.help = true;
                    case "--no-run" -> o.run = false;
                    case "--minutes" -> o.minutes = positive(a, value(args, ++i, a));
                    case "--cases" -> o.cases = Optional.of((long) positive(a, value(args, ++i, a)));
                    case "--seed" -> o.seed = number(a, value(args, ++i, a));
                    case "--case" -> o.caseIndex = Optional.of(number(a, value(args, ++i, a)));
                    case "--file" -> o.file = Optional.of(Path.of(value(args, ++i, a)));
                    case "--out" -> o.out = Optional.of(Path.of(value(args, ++i, a)));
                    case "--shrink-seconds" -> o.shrink = Duration.ofSeconds((long) positive(a, value(args, ++i, a)));
                    case "--features" -> {
                        String v = value(args, ++i, a);
                        try {
                            o.vector = FeatureVector.parse("opt=0").overriddenBy(v);
                        } catch (FeatureVectorException e) {
                            throw new IllegalArgumentException("invalid --features: " + e.getMessage());
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
            return args[i];
        }

        private static long number(String option, String v) {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a whole number, not '" + v + "'");
            }
        }

        private static double positive(String option, String v) {
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a number, not '" + v + "'");
            }
            if (!(d >= 0)) throw new IllegalArgumentException(option + " takes a number of at least 0, not '" + v + "'");
            return d;
        }
    }
}
