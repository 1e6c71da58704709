package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.Compiler;
import dev.weft.backend.core.CoreProgram;
import dev.weft.backend.pass.VerifyRoots;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.matrix.generate.ProgramGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every program of the corpus, and generated programs that allocate lists,
 * records, variants, closures and strings, keep the root discipline of
 * decisions/0019 after the backend's pipeline, as {@link VerifyRoots} checks
 * it: no pointer in a Wasm local read after something that may collect, none
 * waiting on the operand stack, no object half-built. No engine runs: this is
 * the static half of what the collectors' stress runs prove dynamically.
 */
class RootDisciplineTest {
    private static final Path ROOT = Repository.root();
    static final int GENERATED = 200;

    @Test
    void theCorpusKeepsTheDiscipline() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(ROOT.resolve("tests/programs"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".weft")).sorted().toList()) {
                String name = ROOT.relativize(file).toString();
                Optional<CoreProgram> core = core(name, Files.readString(file, StandardCharsets.UTF_8));
                if (core.isEmpty()) continue; // programs with compile errors have golden diagnostics instead
                checked++;
                for (String p : VerifyRoots.check(core.get())) problems.add(name + ": " + p);
            }
        }
        assertTrue(checked > 100, "the corpus has well over 100 programs that compile; checked " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void generatedProgramsKeepTheDiscipline() {
        List<String> problems = new ArrayList<>();
        for (long seed = 1; seed <= GENERATED; seed++) {
            String name = "gen-" + seed + ".weft";
            CoreProgram core = core(name, ProgramGenerator.generate(seed))
                    .orElseThrow(() -> new AssertionError("a generated program does not compile"));
            for (String p : VerifyRoots.check(core)) problems.add(name + ": " + p);
        }
        assertEquals(List.of(), problems);
    }

    private static Optional<CoreProgram> core(String name, String text) {
        Diagnostics diagnostics = new Diagnostics();
        return Compiler.toCore(new SourceFile(name, text), diagnostics);
    }
}
