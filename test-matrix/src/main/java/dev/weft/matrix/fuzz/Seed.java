package dev.weft.matrix.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A program the fuzzer starts from: a file of the golden corpus, named by its
 * path relative to the repository (as the corpus runner names it), so that a
 * mutant's imports are found next to the original and its diagnostics read as
 * the file's.
 */
record Seed(String name, byte[] bytes) {
    /** The folders whose {@code .weft} files, at any depth, are the seeds. */
    static final List<String> FOLDERS = List.of("tests/programs", "tests/errors");

    /** Every seed under the repository, sorted by name so that a seed number means the same file every run. */
    static List<Seed> corpus(Path root) {
        List<Seed> seeds = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".weft")).sorted().toList()) {
                    String name = root.relativize(p).toString().replace('\\', '/');
                    seeds.add(new Seed(name, Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the fuzzer's seeds under " + root.resolve(folder), e);
            }
        }
        seeds.sort(java.util.Comparator.comparing(Seed::name));
        if (seeds.isEmpty()) throw new IllegalStateException("no .weft files under " + FOLDERS + " in " + root);
        return List.copyOf(seeds);
    }
}
