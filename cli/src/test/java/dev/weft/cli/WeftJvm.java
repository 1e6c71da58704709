package dev.weft.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code dev.weft.cli.Main} in a JVM of its own, on this test run's
 * class path (Surefire sets java.class.path to it), as {@code ./weft} does:
 * for what only a separate process shows, such as a kill or a second JVM's
 * hash codes. Output goes to files in the folder given, so no pipe fills up.
 */
final class WeftJvm {
    private WeftJvm() {}

    static Process start(Path logs, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // Surefire names a folder under target/ that nothing may have made yet; wasm-opt's files go there.
        Path tmp = java.nio.file.Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(logs.resolve("out").toFile())
                .redirectError(logs.resolve("err").toFile()).start();
    }
}
