package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds are deterministic across JVMs, not only within one: the same
 * program and vector built by two JVMs gives the same bytes. The second JVM
 * hands out identity hash codes from a counter (-XX:hashCode=3) where the
 * first draws them at random, so a HashMap or HashSet keyed by identity that
 * leaked its order into the output would show here; so would a timestamp or
 * a temporary path. Programs with data, closures and polymorphism, at opt=3
 * and opt=s (through wasm-opt) and at opt=0 with host memory.
 */
class BuildDeterminismTest {
    /** A program and its build options: four builds, each by two JVMs. */
    private record Build(String program, List<String> options) {}

    private static final List<Build> BUILDS = List.of(
            new Build("data_mix", List.of("-O3")),
            new Build("closures_in_data", List.of("-O3")),
            new Build("let_poly_map", List.of("--features", "memory=host,opt=0")),
            new Build("data_mix", List.of("--features", "memory=fixed:16,opt=s")));

    @Test
    @Timeout(600)
    void twoJvmsBuildTheSameBytes(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/wasm-opt")), "wasm-opt (Debian's binaryen) is not installed");
        Path root = Path.of(System.getProperty("weft.root", "..")).toAbsolutePath().normalize();
        List<String> jvmA = List.of();
        List<String> jvmB = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3");
        for (int b = 0; b < BUILDS.size(); b++) {
            Build build = BUILDS.get(b);
            Path source = root.resolve("tests/programs/" + build.program() + ".weft");
            List<Path> outs = new ArrayList<>();
            List<Process> jvms = new ArrayList<>();
            for (List<String> jvm : List.of(jvmA, jvmB)) {
                Path run = Files.createDirectories(dir.resolve(b + "-" + outs.size()));
                Path out = run.resolve(build.program() + ".wasm");
                List<String> args = new ArrayList<>(List.of("build", source.toString(), "-o", out.toString()));
                args.addAll(build.options());
                jvms.add(WeftJvm.start(run, jvm, args.toArray(String[]::new)));
                outs.add(out);
            }
            String what = build.program() + " with " + String.join(" ", build.options());
            for (int i = 0; i < 2; i++) {
                assertEquals(0, jvms.get(i).waitFor(), what + ": " + Files.readString(outs.get(i).resolveSibling("err")));
            }
            assertArrayEquals(Files.readAllBytes(outs.get(0)), Files.readAllBytes(outs.get(1)), what);
        }
    }
}
