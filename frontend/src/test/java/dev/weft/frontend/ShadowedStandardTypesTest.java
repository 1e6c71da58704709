package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A program's own type of a standard type's name takes out of scope the
 * library functions written against the standard one, and those that call
 * them, instead of failing in the library's file (docs/language.md).
 */
class ShadowedStandardTypesTest {
    private static final List<SourceFile> LIBRARY = List.of(new SourceFile("std/t.weft", """
            # wrap makes an Option: a program's Option takes it out of scope
            wrap(x: a) -> Option[a] = Some(x)
            twice(x: a) -> Option[Option[a]] = wrap(wrap(x))
            plain(x: Int) -> Int = x + 1
            ok_or(r: Result[a, e], d: a) -> a = match r { Ok(x) -> x; Err(_) -> d }
            """));

    private static Optional<TypedProgram> check(String source, Diagnostics d) {
        return Frontend.check(new SourceFile("main.weft", source), LIBRARY, ModuleLoader.NONE, d);
    }

    private static List<Diagnostic> errors(String source) {
        Diagnostics d = new Diagnostics();
        assertTrue(check(source, d).isEmpty(), "expected errors");
        return d.all();
    }

    @Test
    void whatUsesTheShadowedTypeIsWithdrawnTheRestStays() {
        Diagnostics d = new Diagnostics();
        TypedProgram p = check("""
                type Option = Nothing | Something(Int)
                main() = println(show(plain(1)) ++ show(ok_or(Ok(2), 0)))
                """, d).orElseThrow(() -> new AssertionError(d.all()));
        assertTrue(p.outline().library().containsKey("plain"));
        assertEquals(List.of("twice", "wrap"), p.outline().withdrawn().keySet().stream().sorted().toList());
        assertEquals("Option", p.outline().withdrawn().get("twice"));
    }

    @Test
    void aUseOfAWithdrawnFunctionSaysWhichTypeToRename() {
        List<Diagnostic> ds = errors("""
                type Outcome = Ok | Failed
                main() = println(show(ok_or(Err("x"), 1)))
                """);
        assertEquals("E0101", ds.get(0).code().name());
        assertEquals("unknown name 'ok_or': the standard library's 'ok_or' uses a standard type that this program's type"
                + " 'Outcome' shadows; rename 'Outcome' to use it", ds.get(0).message());
        assertTrue(ds.stream().noneMatch(x -> x.file().name().startsWith("std/")), ds.toString());
    }

    @Test
    void aProgramWithoutShadowingWithdrawsNothing() {
        Diagnostics d = new Diagnostics();
        TypedProgram p = check("main() = println(show(twice(1)))", d).orElseThrow(() -> new AssertionError(d.all()));
        assertTrue(p.outline().withdrawn().isEmpty());
    }
}
