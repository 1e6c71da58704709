package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.types.Scheme;
import dev.weft.frontend.types.TypePrinter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Let-polymorphism for block-local bindings (docs/language.md, "Local polymorphism"). */
class LetPolymorphismTest {

    /** Each generalized local's scheme by name (the last binding of a name wins). */
    private static Map<String, String> localSchemes(TypedProgram p) {
        Map<String, String> out = new TreeMap<>();
        p.localSchemes().forEach((local, s) -> out.put(local.displayName(), s.toString()));
        return out;
    }

    /** Each local's type by name, as the typer left it (the last binding of a name wins; spans order them). */
    private static Map<String, String> localTypes(TypedProgram p) {
        Map<String, String> out = new TreeMap<>();
        p.localTypes().entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getKey().span().start(), b.getKey().span().start()))
                .forEach(e -> out.put(e.getKey().displayName(), TypePrinter.print(e.getValue())));
        return out;
    }

    @Test
    void aLocalIdentityIsUsedAtTwoTypes() {
        TypedProgram p = Checked.typed("""
                main() = {
                    id = x -> x
                    a = id(1)
                    b = id("s")
                    pair = (x, y) -> (y, x)
                    c = pair(1, true)
                    println(b)
                }
                """);
        assertEquals("(a) -> a", localSchemes(p).get("id"));
        assertEquals("(a, b) -> (b, a)", localSchemes(p).get("pair"));
        assertEquals("Int", localTypes(p).get("a"));
        assertEquals("String", localTypes(p).get("b"));
        assertEquals("(Bool, Int)", localTypes(p).get("c"));
        // Each use records its own instantiation, in the scheme's order.
        assertEquals(3, p.instantiations().size());
    }

    @Test
    void nestedLocalsAreGeneralizedAtEachLevel() {
        TypedProgram p = Checked.typed("""
                main() = {
                    outer = x -> {
                        inner = y -> (x, y)
                        (inner(1), inner("s"))
                    }
                    r = outer(true)
                    q = outer(2.5)
                    ()
                }
                """);
        // inner is generalized over y only: x belongs to the enclosing lambda.
        assertEquals("(a) -> (b, a)", localSchemes(p).get("inner"));
        assertEquals(1, schemeOf(p, "inner").quantified().size());
        assertEquals("(a) -> ((a, Int), (a, String))", localSchemes(p).get("outer"));
        assertEquals("((Bool, Int), (Bool, String))", localTypes(p).get("r"));
        assertEquals("((Float, Int), (Float, String))", localTypes(p).get("q"));
    }

    private static Scheme schemeOf(TypedProgram p, String name) {
        return p.localSchemes().entrySet().stream().filter(e -> e.getKey().displayName().equals(name))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void aCapturedMonomorphicVariableIsNotQuantified() {
        // g's type mentions y's type, which belongs to f's parameter: g is polymorphic in x only,
        // so y still has one type, and using it as Int and as String is an error.
        List<Diagnostic> ds = Checked.errors("""
                f(y) = {
                    g = x -> (x, y)
                    (_, b1) = g(1)
                    (_, b2) = g(true)
                    println(show(b1 + 1))
                    b2 ++ "s"
                }
                main() = println(f(2))
                """);
        assertEquals("E0207", ds.get(0).code().name(), ds.toString());
        assertEquals(6, ds.get(0).span().line());
        TypedProgram p = Checked.typed("""
                f(y) = {
                    g = x -> (x, y)
                    (_, b) = g("s")
                    b + 1
                }
                main() = println(show(f(2)))
                """);
        assertEquals(1, schemeOf(p, "g").quantified().size(), "g is not generalized over y's type");
        assertEquals("(Int) -> Int", p.schemes().get(p.outline().functions().get("f")).toString());
        List<Diagnostic> annotated = Checked.errors("""
                f(y) = {
                    k = x -> y
                    a: Int = k(1)
                    b: String = k(true)
                    ()
                }
                main() = f(1)
                """);
        assertEquals("E0201", annotated.get(0).code().name(), annotated.toString());
    }

    @Test
    void shadowingBindsANewSchemeEachTime() {
        TypedProgram p = Checked.typed("""
                main() = {
                    id = x -> x
                    n = id(1)
                    id = id
                    s = id("a")
                    id = x -> x * 2
                    m = id(3)
                    println(s)
                }
                """);
        assertEquals("Int", localTypes(p).get("n"));
        assertEquals("String", localTypes(p).get("s"));
        assertEquals("Int", localTypes(p).get("m"));
        // Two of the three bindings of id are polymorphic; x * 2 fixes the third at Int.
        assertEquals(2, p.localSchemes().keySet().stream().filter(l -> l.displayName().equals("id")).count());
    }

    @Test
    void onlyValuesAreGeneralized() {
        Checked.typed("""
                main() = {
                    empty = []
                    a = [1] ++ empty
                    b = ["x"] ++ empty
                    none = None
                    c = [Some(1), none]
                    d = [Some("s"), none]
                    ()
                }
                """);
        // A call is not a value: its result has one type, as in ML's value restriction.
        List<Diagnostic> ds = Checked.errors("""
                nil() = []
                main() = {
                    e = nil()
                    a = [1] ++ e
                    b = ["x"] ++ e
                    ()
                }
                """);
        assertEquals("E0201", ds.get(0).code().name());
        assertEquals(5, ds.get(0).span().line());
        assertTrue(ds.get(0).message().endsWith("('e' is not polymorphic: its value at line 3 is computed, and only a"
                + " local bound to a value (a lambda, a literal, a constructor) is; compute it once per type)"),
                ds.get(0).message());
        // A destructuring binding stays monomorphic (and gets no such hint: its value is a tuple of values).
        assertEquals("E0201", Checked.errors("""
                main() = {
                    (f, g) = (x -> x, y -> y)
                    a = f(1)
                    b = f("s")
                    ()
                }
                """).get(0).code().name());
        Diagnostic plain = Checked.errors("""
                main() = {
                    n = 1 + 2
                    s: String = n
                    ()
                }
                """).get(0);
        assertTrue(!plain.message().contains("polymorphic"), "a computed local of a known type gets no hint: " + plain);
    }

    @Test
    void operatorNeedsAreCheckedAtEachInstantiation() {
        TypedProgram p = Checked.typed("""
                main() = {
                    add = (a, b) -> a + b
                    cat = (a, b) -> a ++ b
                    len = x -> length(x)
                    i = add(1, 2)
                    f = add(1.5, 2.0)
                    s = cat("a", "b")
                    l = cat([1], [2])
                    n = len("abc") + len([true])
                    sq = n -> n * n
                    ()
                }
                """);
        assertEquals("(a, a) -> a", localSchemes(p).get("add"));
        assertEquals("Float", localTypes(p).get("f"));
        assertEquals("List[Int]", localTypes(p).get("l"));
        // Nothing uses sq: it defaults as a monomorphic binding would.
        assertEquals("(Int) -> Int", localSchemes(p).get("sq"));
        Diagnostic d = Checked.errors("""
                main() = {
                    add = (a, b) -> a + b
                    x = add(1, 2)
                    y = add("x", "y")
                    ()
                }
                """).get(0);
        assertEquals("E0207", d.code().name());
        assertEquals(4, d.span().line());
        assertEquals("this use of 'add' needs operator + (at 2:23 in its definition) on String; + works on Int or Float",
                d.message());
        Diagnostic length = Checked.errors("main() = {\n    len = x -> length(x)\n    n = len(5)\n    ()\n}").get(0);
        assertEquals("this use of 'len' needs length (at 2:23 in its definition) on Int; length works on String or List",
                length.message());
    }

    @Test
    void aNeedPassesThroughAnEnclosingGeneralizedLocal() {
        Diagnostic d = Checked.errors("""
                main() = {
                    add = (a, b) -> a + b
                    twice = v -> add(v, v)
                    ok = twice(2)
                    bad = twice(true)
                    ()
                }
                """).get(0);
        assertEquals("E0207", d.code().name());
        assertEquals(5, d.span().line());
        assertTrue(d.message().startsWith("this use of 'twice' needs operator + (at 2:23"), d.message());
    }

    @Test
    void topLevelTypesAndMonomorphicLocalsAreUnchanged() {
        TypedProgram p = Checked.typed("""
                make() = {
                    id = x -> x
                    id
                }
                main() = {
                    inc = n -> n + 1
                    k = 3
                    println(show(inc(k)))
                }
                """);
        Map<String, String> schemes = new TreeMap<>();
        for (Symbol.TopLevel f : p.outline().all()) {
            if (!f.library()) schemes.put(f.displayName(), p.schemes().get(f).toString());
        }
        assertEquals("() -> (a) -> a", schemes.get("make"));
        assertFalse(localSchemes(p).containsKey("inc"), "inc is (Int) -> Int: nothing to generalize");
        assertFalse(localSchemes(p).containsKey("k"));
    }

    @Test
    void anAnnotatedLocalIsGeneralizedAsDeclared() {
        TypedProgram p = Checked.typed("""
                main() = {
                    id: (a) -> a = x -> x
                    n = id(1)
                    s = id("s")
                    ()
                }
                """);
        assertEquals("(a) -> a", localSchemes(p).get("id"));
        assertEquals("String", localTypes(p).get("s"));
        Diagnostic d = Checked.errors("main() = {\n    f: (a) -> a = x -> x ++ \"!\"\n    ()\n}").get(0);
        assertEquals("E0201", d.code().name());
        assertEquals("'f' is declared as (a) -> a but its value only works for (String) -> String", d.message());
    }
}
