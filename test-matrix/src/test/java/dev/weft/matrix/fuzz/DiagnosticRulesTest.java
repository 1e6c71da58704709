package dev.weft.matrix.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import org.junit.jupiter.api.Test;

/** The rules every stage's diagnostics are judged by, each broken once. */
class DiagnosticRulesTest {
    private static final SourceFile FILE = new SourceFile("a.weft", "main() = {\n  \u00e9 = x\n}\n");

    private static String judged(Span span, boolean hasResult) {
        Diagnostics d = new Diagnostics();
        d.error(Code.E0101, FILE, span, "unknown name 'x'");
        return DiagnosticRules.judge("check", d, hasResult).map(Failure::signature).orElse("none");
    }

    @Test
    void aDiagnosticMustStandWhereItsOffsetIs() {
        // Line 2 is "  é = x": x is code point 17 (columns count code points, so é is one).
        assertEquals("none", judged(new Span(17, 18, 2, 7), false));
        assertEquals("check: a diagnostic without a position in its file: E0101", judged(Span.NONE, false));
        assertEquals("check: a diagnostic without a position in its file: E0101", judged(new Span(17, 18, 9, 1), false));
        assertEquals("check: a diagnostic whose line and column are not its offset's: E0101", judged(new Span(17, 18, 2, 6), false));
    }

    @Test
    void aResultExactlyWhenThereIsNoError() {
        assertEquals("check: a result although there are errors", judged(new Span(17, 18, 2, 7), true));
        assertTrue(DiagnosticRules.judge("build", new Diagnostics(), false).orElseThrow().signature()
                .startsWith("build: no result and no error"));
        assertTrue(DiagnosticRules.judge("build", new Diagnostics(), true).isEmpty());
    }
}
