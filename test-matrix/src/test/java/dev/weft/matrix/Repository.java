package dev.weft.matrix;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root in tests: -Dweft.root (set by the build), else upwards from the working directory. */
final class Repository {
    private Repository() {}

    static Path root() {
        String property = System.getProperty("weft.root");
        if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath().normalize();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tests/programs"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("cannot find the repository root (no tests/programs above "
                + Path.of("").toAbsolutePath() + ")");
        return p;
    }

    /** True when the run should rewrite golden files instead of comparing (-Dweft.approve=true). */
    static boolean approving() {
        return Boolean.parseBoolean(System.getProperty("weft.approve", "false"));
    }
}
