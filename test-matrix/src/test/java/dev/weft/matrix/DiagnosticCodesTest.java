package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.frontend.diagnostics.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code has an example program in tests/errors whose golden stderr shows it. */
class DiagnosticCodesTest {
    @Test
    void everyCodeHasAnExample() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Repository.root().resolve("tests/errors"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".stderr")).toList()) {
                all.append(Files.readString(p));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Code c : Code.values()) {
            if (!all.toString().contains("[" + c.name() + "]")) missing.add(c.name());
        }
        assertEquals(List.of(), missing, "codes without an example in tests/errors");
    }
}
