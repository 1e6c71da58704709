package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Inference results and type errors, through the frontend's public entry point. */
class TyperTest {

    private static Map<String, String> schemes(String source) {
        TypedProgram p = Checked.typed(source);
        Map<String, String> out = new TreeMap<>();
        for (Symbol.TopLevel f : p.outline().all()) out.put(f.displayName(), p.schemes().get(f).toString());
        return out;
    }

    @Test
    void infersMonomorphicAndPolymorphicFunctions() {
        Map<String, String> s = schemes("""
                fact(n) = if n <= 1 { 1 } else { n * fact(n - 1) }
                id(x) = x
                both(a, b) = a < b
                greet(name) = "hi ${name}"
                twice(s) = s ++ s
                main() = println(greet(id(1)) ++ twice(id("x")))
                """);
        assertEquals("(Int) -> Int", s.get("fact"));
        assertEquals("(a) -> a", s.get("id"));
        assertEquals("(a, a) -> Bool", s.get("both"));
        assertEquals("(a) -> String", s.get("greet"));
        assertEquals("(String) -> String", s.get("twice"), "++ on an open type defaults to String");
        assertEquals("() -> Unit", s.get("main"));
    }

    @Test
    void mutualRecursionInAnyOrder() {
        Map<String, String> s = schemes("""
                main() = println(show(odd(7)))
                odd(n) = if n == 0 { false } else { even(n - 1) }
                even(n) = if n == 0 { true } else { odd(n - 1) }
                """);
        assertEquals("(Int) -> Bool", s.get("odd"));
        assertEquals("(Int) -> Bool", s.get("even"));
    }

    @Test
    void signaturesAndAnnotationsAreChecked() {
        assertEquals("(Int, Int) -> Int", schemes("add : (Int, Int) -> Int\nadd(a, b) = a + b\nmain() = ()").get("add"));
        Diagnostic d = Checked.errors("f(x: Int) -> String = x\nmain() = ()").get(0);
        assertEquals("E0201", d.code().name());
        assertEquals("type mismatch in the body of 'f': expected String, found Int", d.message());
        Diagnostic general = Checked.errors("f : (a) -> a\nf(x) = x + 1\nmain() = ()").get(0);
        assertEquals("'f' is declared as (a) -> a but its body only works for (Int) -> Int", general.message());
    }

    @Test
    void reportsSeveralErrorsInSourceOrder() {
        List<Diagnostic> ds = Checked.errors("""
                main() = {
                    a = 1 + true
                    b = nope
                    c = f(1, 2)
                    if 1 { () }
                }
                f(x) = x
                """);
        assertEquals(List.of("E0201", "E0101", "E0202", "E0201"), ds.stream().map(d -> d.code().name()).toList());
        assertEquals(List.of(2, 3, 4, 5), ds.stream().map(d -> d.span().line()).toList());
    }

    @Test
    void operatorsNeedTheRightTypes() {
        assertEquals("operator + does not apply to Bool; it works on Int or Float",
                Checked.errors("main() = { x = true + false; () }").get(0).message());
        assertEquals("E0204", Checked.errors("f(x) = x(x)\nmain() = ()").get(0).code().name());
        assertEquals("E0203", Checked.errors("main() = { x = 5; x(1) }").get(0).code().name());
    }
}
