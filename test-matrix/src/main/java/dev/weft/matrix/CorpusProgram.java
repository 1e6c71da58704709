package dev.weft.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A program of the golden corpus: {@code NAME.weft} with its expectations beside
 * it: {@code NAME.stdout} (required), {@code NAME.stderr} and {@code NAME.exit}
 * (when they matter: absent means empty stderr and exit code 0).
 */
public record CorpusProgram(String name, Path source, String expectedStdout, String expectedStderr, int expectedExit) {

    /** The programs of a corpus folder, sorted by name. */
    public static List<CorpusProgram> load(Path dir) {
        List<CorpusProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".weft")).sorted().toList()) {
                programs.add(of(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + dir, e);
        }
        return programs;
    }

    public static CorpusProgram of(Path source) {
        String file = source.getFileName().toString();
        String name = file.substring(0, file.length() - ".weft".length());
        String stdout = read(sibling(source, name, ".stdout")).orElse("");
        String stderr = read(sibling(source, name, ".stderr")).orElse("");
        int exit = read(sibling(source, name, ".exit")).map(s -> Integer.parseInt(s.strip())).orElse(0);
        return new CorpusProgram(name, source, stdout, stderr, exit);
    }

    public Path expectationFile(String extension) {
        return sibling(source, name, extension);
    }

    private static Path sibling(Path source, String name, String extension) {
        return source.resolveSibling(name + extension);
    }

    private static Optional<String> read(Path p) {
        try {
            return Files.exists(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
