package dev.weft.matrix.internal.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.backend.Compiler;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The reducer's mechanics with a test that needs no engine: the program
 * must still type-check and still hold the string "needle". Everything else
 * (constructors, a clause-style function, match arms, statements, list
 * elements, comments) can go, but only by edits that keep the program
 * compiling: a match that loses its last arm for a constructor, or a
 * statement whose binding is still used, is rejected.
 */
class ProgramReducerTest {
    private static final String PROGRAM = """
            # a comment the reducer may drop
            type Shape = Circle(Int) | Square(Int) | Dot
            describe(s: Shape) -> String = match s {
                Circle(r) if r > 3 -> "big circle"
                Circle(r) -> "needle"
                Square(w) -> "square ${w}"
                Dot -> "dot"
            }
            twice(0) = 0
            twice(n) = n + n
            main() = {
                xs = [1, twice(2), 3]
                label = describe(Circle(1))
                println(label ++ show(xs))
                println(describe(Dot))
            }
            """;

    private static final Predicate<String> NEEDLE = text -> {
        try {
            return text.contains("\"needle\"") && Compiler.check(new SourceFile("needle.weft", text), new Diagnostics()).isPresent();
        } catch (RuntimeException e) {
            // A candidate may crash the checker (a match on a type whose declaration was deleted reached
            // Exhaustiveness.useful with the error type, issue 9); it is rejected, as Compiled rejects it.
            return false;
        }
    };

    @Test
    void reducesToTheFewLinesTheTestNeeds() {
        ProgramReducer.Result r = ProgramReducer.reduce("needle.weft", PROGRAM, NEEDLE, Duration.ofMinutes(1)).orElseThrow();
        assertTrue(NEEDLE.test(r.text()), r.text());
        // describe keeps its parameter (no edit removes one), so Shape stays too: three lines.
        assertTrue(r.nonBlankLines() <= 3, r.text());
        for (String gone : List.of("#", "Square", "Dot", "twice", "match", "println", "[")) {
            assertFalse(r.text().contains(gone), gone + " is still in:\n" + r.text());
        }
        assertFalse(r.timedOut());
    }

    @Test
    void equivalentLiteralsDoNotTakeTurns() {
        // 0 and 1 both hold the test: replacing each by the other would go round forever.
        Predicate<String> anyInt = text -> Compiler.check(new SourceFile("n.weft", text), new Diagnostics()).isPresent()
                && text.contains("show(");
        ProgramReducer.Result r = ProgramReducer.reduce("n.weft", "main() = println(show(7))\n", anyInt,
                Duration.ofSeconds(20)).orElseThrow();
        assertFalse(r.timedOut(), r.text());
        assertEquals("main() = println(show(0))\n", r.text());
    }

    @Test
    void aProgramThatDoesNotHoldTheTestIsNotReduced() {
        assertTrue(ProgramReducer.reduce("x.weft", "main() = println(\"hay\")\n", NEEDLE, Duration.ofMinutes(1)).isEmpty());
    }

    @Test
    void overlappingDeletionsJoinAndInnerReplacementsGo() {
        String text = "[a, b, c]";
        Edit a = new Edit(Edit.Kind.DROP_ELEMENT, 1, 4, "");   // "a, "
        Edit b = new Edit(Edit.Kind.DROP_ELEMENT, 4, 7, "");   // "b, "
        Edit c = new Edit(Edit.Kind.DROP_ELEMENT, 5, 8, "");   // ", c" (the last element takes the comma before it)
        assertEquals("[]", Edit.apply(text, List.of(a, b, c)));
        assertEquals("[a, b]", Edit.apply(text, List.of(c)));
        Edit inner = new Edit(Edit.Kind.REPLACE_BY_LITERAL, 4, 5, "x");
        assertEquals("[c]", Edit.apply(text, List.of(a, b, inner)));
    }

    @Test
    void positionsCountCodePoints() {
        // The frontend's spans count code points; an emoji is two Java chars.
        String text = "main() = println(\"\uD83D\uDE00 needle\")\n";
        SourceText s = new SourceText(text);
        dev.weft.frontend.diagnostics.Span afterEmoji = new dev.weft.frontend.diagnostics.Span(19, 26, 1, 20);
        assertEquals(" needle", s.of(afterEmoji));
    }
}
