package dev.weft.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.Frontend;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.DiagnosticPrinter;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProgramGeneratorTest {

    @ParameterizedTest
    @ValueSource(ints = {2_000, 20_000})
    void generatedProgramChecksWithoutDiagnostics(int lines) {
        String text = ProgramGenerator.generate(lines);
        assertEquals(lines, text.lines().count(), "line count");
        assertTrue(text.endsWith("}\n"), "ends with main's closing brace and a newline");

        SourceFile file = new SourceFile("generated-" + lines + ".weft", text);
        Diagnostics diagnostics = new Diagnostics();
        Optional<TypedProgram> program = Frontend.check(file, diagnostics);
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().size() + " diagnostics, the first ones:\n"
                + diagnostics.all().stream().limit(5).map(DiagnosticPrinter::render).collect(Collectors.joining()));
        assertTrue(program.isPresent(), "a typed program");
    }

    @Test
    void functionsAreFiveToThirtyLinesAndMainIsThere() {
        String text = ProgramGenerator.generate(20_000);
        SourceFile file = new SourceFile("generated.weft", text);
        CompilationUnit unit = WeftParserFacade.parse(file, new Diagnostics()).orElseThrow();
        int functions = 0;
        boolean main = false;
        for (Decl decl : unit.decls()) {
            if (!(decl instanceof Decl.FuncDef f)) continue;
            functions++;
            main |= f.name().text().equals("main");
            int first = f.span().line();
            int last = first + (int) text.substring(f.span().start(), f.span().end()).lines().count() - 1;
            // Without its comment line, a function of 5 to 30 lines spans 4 to 30.
            int span = last - first + 1;
            assertTrue(span <= 30, f.name().text() + " spans " + span + " lines");
        }
        assertTrue(main, "has main");
        assertTrue(functions > 20_000 / 30, functions + " functions");
    }

    @Test
    void sameSeedSameProgramOtherSeedOtherProgram() {
        assertEquals(ProgramGenerator.generate(2_000, 7), ProgramGenerator.generate(2_000, 7));
        assertNotEquals(ProgramGenerator.generate(2_000, 7), ProgramGenerator.generate(2_000, 8));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void otherSeedsAndSizesCheckToo(long seed) {
        int lines = ProgramGenerator.MIN_LINES + (int) (seed * 397);
        String text = ProgramGenerator.generate(lines, seed);
        assertEquals(lines, text.lines().count(), "line count");
        Diagnostics diagnostics = new Diagnostics();
        Optional<TypedProgram> program = Frontend.check(new SourceFile("seed-" + seed + ".weft", text), diagnostics);
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().stream().limit(5)
                .map(DiagnosticPrinter::render).collect(Collectors.joining()));
        assertTrue(program.isPresent());
    }

    @Test
    void tooFewLinesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProgramGenerator.generate(ProgramGenerator.MIN_LINES - 1));
    }
}
