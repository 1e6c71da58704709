package dev.weft.matrix.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes case {@code i} of the campaign with seed {@code s}: a function of
 * (s, i) alone, so that any case is made again without the ones before it
 * ({@code bench/fuzz --seed s --case i}). A case is a seed file with one
 * mutation, or (one time in three) two to four stacked; three mutations in
 * four work on tokens, one in four on bytes and lines.
 */
public final class MutantGenerator {
    private static final List<Mutation> TOKEN = List.of(TokenMutation.values());
    private static final List<Mutation> BYTE = List.of(ByteMutation.values());

    private final List<Seed> seeds;
    private final Map<String, NamePool> names = new HashMap<>();

    MutantGenerator(List<Seed> seeds) {
        this.seeds = seeds;
    }

    /** The generator over the repository's corpus (tests/programs and tests/errors). */
    public static MutantGenerator forCorpus(java.nio.file.Path root) {
        return new MutantGenerator(Seed.corpus(root));
    }

    public int seedCount() { return seeds.size(); }

    public Mutant generate(long campaignSeed, long index) {
        Random r = new Random(mix(campaignSeed, index));
        Seed seed = seeds.get(r.nextInt(seeds.size()));
        NamePool pool = names.computeIfAbsent(seed.name(), n -> NamePool.of(Lexed.of(seed.bytes())));
        byte[] bytes = seed.bytes();
        int count = r.nextInt(3) == 0 ? 2 + r.nextInt(3) : 1;
        List<String> applied = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // A mutation that does not apply (no literal to change) gives way to another; a few tries suffice.
            for (int attempt = 0; attempt < 8; attempt++) {
                List<Mutation> family = r.nextInt(4) == 0 ? BYTE : TOKEN;
                Mutation m = family.get(r.nextInt(family.size()));
                Optional<byte[]> out = m.apply(new Mutation.Context(r, Lexed.of(bytes), pool, seeds));
                if (out.isPresent()) {
                    bytes = out.get();
                    applied.add(m.name());
                    break;
                }
            }
        }
        return new Mutant(index, seed.name(), List.copyOf(applied), bytes);
    }

    /** SplitMix64's finaliser over seed and index: neighbouring cases get unrelated random streams. */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
