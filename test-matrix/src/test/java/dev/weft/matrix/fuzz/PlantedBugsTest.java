package dev.weft.matrix.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The campaign against targets with a planted bug: it must find each, count
 * it once, and shrink its input to the few tokens that trigger it; a hang
 * must come back as a timeout within its bound, not wait for ever.
 */
class PlantedBugsTest {
    private static final Path ROOT = Path.of(System.getProperty("weft.root", "..")).toAbsolutePath().normalize();

    private static Campaign.Report campaign(Target target, Duration base, int cases) {
        return campaign(MutantGenerator.forCorpus(ROOT), target, base, cases);
    }

    private static Campaign.Report campaign(MutantGenerator generator, Target target, Duration base, int cases) {
        Campaign c = new Campaign(generator, new Watchdog(target, base, Duration.ofMillis(10)), line -> {});
        return c.run(new Campaign.Settings(7, cases, Long.MAX_VALUE, Duration.ofSeconds(30), Duration.ofHours(1)), f -> {});
    }

    /**
     * A "compiler" that crashes on any input with a match keyword and the name None
     * among its tokens (not in a comment), as Exhaustiveness did on unknown names.
     */
    private static Outcome crashOnMatchNone(String name, byte[] input) {
        Lexed lexed = Lexed.of(input);
        boolean match = false;
        boolean none = false;
        for (Lexed.Tok t : lexed.tokens()) {
            match |= t.type() == dev.weft.frontend.parser.WeftLexer.MATCH;
            none |= lexed.string(t).equals("None");
        }
        if (match && none) return new Outcome.Failed(Failure.thrown("check", new IndexOutOfBoundsException("planted")));
        return new Outcome.Passed(Outcome.Stage.DIAGNOSED);
    }

    /**
     * The campaign starts from the corpus files that trigger the planted crash
     * themselves, so that what it finds does not depend on how many of the
     * corpus's files happen to hold both tokens (a corpus grown with programs
     * that do not once left seed 7's sixty cases without a single hit).
     */
    @Test
    void aCrashIsFoundCountedOnceAndShrunkToItsTokens() {
        List<Seed> triggering = Seed.corpus(ROOT).stream()
                .filter(s -> crashOnMatchNone(s.name(), s.bytes()) instanceof Outcome.Failed).toList();
        assertTrue(triggering.size() >= 5, "the corpus has files with match and None: " + triggering.size());
        Campaign.Report r = campaign(new MutantGenerator(triggering), PlantedBugsTest::crashOnMatchNone,
                Duration.ofSeconds(5), 60);
        assertEquals(1, r.found().size(), r.found().toString());
        Campaign.Found f = r.found().get(0);
        assertTrue(f.count() > 1, "a common bug is seen by many cases, counted under one signature: " + f.count());
        String shrunk = new String(f.shrunk(), UTF_8);
        assertEquals("matchNone", shrunk.replaceAll("\\s", ""), "shrunk to the two tokens");
        assertTrue(f.shrinkComplete());
        assertEquals(60, r.cases());
    }

    @Test
    void aHangIsATimeoutAtItsBoundAndIsShrunkToo() {
        Target hangs = (name, input) -> {
            if (new String(input, UTF_8).contains("println")) {
                try {
                    // Six times the bound: a compile as slow as ANTLR once was on deep nesting.
                    Thread.sleep(Duration.ofMillis(600));
                } catch (InterruptedException e) {
                    throw new AssertionError("the watchdog does not interrupt a compile: it waits for it to end");
                }
            }
            return new Outcome.Passed(Outcome.Stage.DIAGNOSED);
        };
        long start = System.nanoTime();
        Campaign.Report r = campaign(hangs, Duration.ofMillis(100), 3);
        assertEquals(1, r.found().size());
        assertTrue(r.found().get(0).failure().isTimeout());
        assertEquals("println", new String(r.found().get(0).shrunk(), UTF_8).strip());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos(), "bounded, not waited on");
    }

    @Test
    void aThrowThatEscapesTheTargetIsAFailureToo() {
        Watchdog w = new Watchdog((name, input) -> { throw new StackOverflowError(); }, Duration.ofSeconds(5), Duration.ZERO);
        Outcome o = w.run("x.weft", new byte[0]);
        assertEquals("target: java.lang.StackOverflowError", assertInstanceOf(Outcome.Failed.class, o).failure().signature());
    }

    @Test
    void theBoundGrowsWithTheInput() {
        Watchdog w = new Watchdog((n, i) -> null, Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(2), w.bound(0));
        assertEquals(Duration.ofSeconds(12), w.bound(10 * 1024));
    }

    @Test
    void failuresAreWrittenReadyToKeep(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Failure failure = Failure.thrown("check", new IndexOutOfBoundsException("planted"));
        Mutant m = new Mutant(5, "tests/errors/x.weft", List.of("SWAP"), "main() = 1\nmore\n".getBytes(UTF_8));
        Campaign.Found f = new Campaign.Found(failure, m, "main() = 1\n".getBytes(UTF_8), 12, true, 3);
        Path p = FailureFiles.write(dir, 1, f, 99);
        assertEquals("fuzz_1_check_java_lang_index_out_of_bounds_exception.weft", p.getFileName().toString());
        assertEquals("main() = 1\n", java.nio.file.Files.readString(p));
        String txt = java.nio.file.Files.readString(dir.resolve("fuzz_1_check_java_lang_index_out_of_bounds_exception.txt"));
        assertTrue(txt.contains("again: bench/fuzz --seed 99 --case 5"), txt);
        List<String> names = new ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            files.forEach(x -> names.add(x.getFileName().toString()));
        }
        assertEquals(3, names.size(), names.toString());
    }
}
