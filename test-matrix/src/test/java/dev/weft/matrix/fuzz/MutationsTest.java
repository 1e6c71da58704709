package dev.weft.matrix.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator and its mutations: reproducible from (seed, case) alone, and each one changes its input. */
class MutationsTest {
    private static final Path ROOT = Path.of(System.getProperty("weft.root", "..")).toAbsolutePath().normalize();
    private static final byte[] SAMPLE = """
            type Shape = Circle(Float) | Square(Int)
            area(s: Shape) -> Float = match s {
                Circle(r) -> 3.14 * r * r   # a comment
                Square(n) -> to_float(n * n)
            }
            main() = println("area ${area(Circle(1.5))} of 'x' \\n")
            """.getBytes(UTF_8);

    @Test
    void aCaseIsAFunctionOfSeedAndIndex() {
        MutantGenerator a = MutantGenerator.forCorpus(ROOT);
        MutantGenerator b = MutantGenerator.forCorpus(ROOT);
        // b makes the cases in the opposite order: no state carries from one case to the next.
        for (long i = 0; i < 50; i++) {
            Mutant x = a.generate(3, i);
            Mutant y = b.generate(3, 49 - i);
            Mutant z = a.generate(3, 49 - i);
            assertArrayEquals(z.bytes(), y.bytes(), "case " + (49 - i));
            assertEquals(z.mutations(), y.mutations());
            assertEquals(i, x.index());
        }
        assertFalse(Arrays.equals(a.generate(3, 0).bytes(), a.generate(4, 0).bytes()), "another seed, other cases");
        assertTrue(a.seedCount() > 100, "the corpus and tests/errors are the seeds: " + a.seedCount());
    }

    @Test
    void everyMutationChangesItsInputAndIsDrawn() {
        List<Seed> seeds = List.of(new Seed("s.weft", SAMPLE));
        Lexed lexed = Lexed.of(SAMPLE);
        for (Mutation m : Mutation.all()) {
            int changed = 0;
            for (int k = 0; k < 20; k++) {
                Optional<byte[]> out = m.apply(new Mutation.Context(new Random(k), lexed, NamePool.of(lexed), seeds));
                if (out.isPresent() && !Arrays.equals(out.get(), SAMPLE)) changed++;
            }
            assertTrue(changed >= 10, m.name() + " changed the input " + changed + " times in 20");
        }
        MutantGenerator g = MutantGenerator.forCorpus(ROOT);
        Set<String> drawn = new java.util.TreeSet<>();
        for (long i = 0; i < 400; i++) drawn.addAll(g.generate(1, i).mutations());
        assertEquals(Mutation.all().stream().map(Mutation::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                drawn);
    }

    @Test
    void tokensAndLinesCutAnyBytesWithoutLosingOne() {
        MutantGenerator g = MutantGenerator.forCorpus(ROOT);
        for (long i = 0; i < 300; i++) {
            byte[] b = g.generate(11, i).bytes();
            assertArrayEquals(b, Lexed.concat(Lexed.of(b).pieces()), "tokens of case " + i);
            assertArrayEquals(b, Lexed.concat(Lines.of(b)), "lines of case " + i);
        }
    }

    @Test
    void lenientUtf8ReadsEveryByteAndKeepsSequencesWhole() {
        byte[] b = {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xE2, (byte) 0x82};
        LenientUtf8 t = LenientUtf8.decode(b);
        assertEquals("a\u00e9\ufffd\ufffd\ufffd\ufffd\ud83d\ude00\ufffd\ufffd", t.text());
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6, 7, 11, 12, 13}, t.offsets());
        assertEquals("a\u00e9\\xFF\\xED\\xA0\\x80\ud83d\ude00\\xE2\\x82", Summary.quoted(b));
    }

    @Test
    void theShrinkerKeepsWhatTheFailureNeedsDownToTheByte() {
        byte[] input = "main() = {\n  x = foo(1)  # bar\n  y = 2\n  bar(x, y)\n}\n".getBytes(UTF_8);
        InputShrinker.Result r = InputShrinker.shrink(input, b -> {
            Lexed l = Lexed.of(b);
            return l.tokens().stream().anyMatch(t -> l.string(t).equals("foo"))
                    && l.tokens().stream().anyMatch(t -> l.string(t).equals("bar"));
        }, java.time.Duration.ofSeconds(10));
        // Both names, and one character between them that keeps them two tokens: "foo bar", "foo(bar".
        String shrunk = new String(r.bytes(), UTF_8);
        assertTrue(shrunk.matches("foo.bar"), shrunk);
        assertTrue(r.complete());
        // An invalid byte inside a comment: the character round finds it.
        byte[] comment = "# a comment with \u00ff in it\nmain() = 1\n".getBytes(UTF_8);
        comment[comment.length / 3] = (byte) 0xFF;
        assertArrayEquals(new byte[] {(byte) 0xFF}, InputShrinker.shrink(comment, b -> {
            for (byte x : b) if (x == (byte) 0xFF) return true;
            return false;
        }, java.time.Duration.ofSeconds(10)).bytes());
    }
}
