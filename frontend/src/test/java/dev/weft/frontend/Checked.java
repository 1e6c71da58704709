package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.util.List;

/** A one-file program through the whole frontend, for the typer's tests: typed, or its errors. */
final class Checked {
    private Checked() {}

    /** The typed program; fails the test with the diagnostics when it has errors. */
    static TypedProgram typed(String source) {
        Diagnostics d = new Diagnostics();
        return Frontend.check(new SourceFile("t.weft", source), d).orElseThrow(() -> new AssertionError(d.all()));
    }

    /** The diagnostics (warnings) of a program that must check. */
    static List<Diagnostic> warnings(String source) {
        Diagnostics d = new Diagnostics();
        assertTrue(Frontend.check(new SourceFile("t.weft", source), d).isPresent(), () -> "expected no errors: " + d.all());
        return d.all();
    }

    /** The diagnostics of a program that must not check. */
    static List<Diagnostic> errors(String source) {
        Diagnostics d = new Diagnostics();
        assertTrue(Frontend.check(new SourceFile("t.weft", source), d).isEmpty(), "expected errors");
        return d.all();
    }
}
