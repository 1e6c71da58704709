package dev.weft.matrix.generate;

import dev.weft.matrix.CorpusProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's programs as files, so that reports and reproducing commands
 * can name them: {@code gen-SEED.weft} for the seeds {@code first} to
 * {@code first + count - 1}, without golden files (the matrix runs them
 * differentially). {@code weft matrix --generate 1:SEED} writes one again.
 */
public final class GeneratedPrograms {
    private GeneratedPrograms() {}

    public static List<CorpusProgram> write(Path folder, long first, int count) {
        if (first < 0) throw new IllegalArgumentException("seeds are not negative: " + first);
        if (count < 1) throw new IllegalArgumentException("a campaign needs at least one program");
        List<CorpusProgram> programs = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (long seed = first; seed < first + count; seed++) {
                Path file = folder.resolve(fileName(seed));
                Files.writeString(file, ProgramGenerator.generate(seed), StandardCharsets.UTF_8);
                for (String stale : new String[] {".stdout", ".stderr", ".exit"}) {
                    Files.deleteIfExists(folder.resolve("gen-" + seed + stale));
                }
                programs.add(CorpusProgram.of(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated programs into " + folder, e);
        }
        return programs;
    }

    public static String fileName(long seed) {
        return "gen-" + seed + ".weft";
    }
}
