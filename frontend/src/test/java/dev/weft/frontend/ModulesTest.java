package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Programs of several modules, with the modules held in memory. */
class ModulesTest {
    private static final List<SourceFile> LIBRARY = List.of(new SourceFile("std/list.weft", """
            map(xs: List[a], f: (a) -> b) -> List[b] = match xs { [] -> []; [h, ...t] -> [f(h)] ++ map(t, f) }
            twice(x: Int) -> Int = x * 2
            """));

    /** Modules by their path ("geo.shapes"), named as the compiler's file-system loader would name them. */
    private record MemoryLoader(Map<String, String> files) implements ModuleLoader {
        @Override
        public Optional<byte[]> load(List<String> path) {
            String text = files.get(String.join(".", path));
            return text == null ? Optional.empty() : Optional.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public String describe(List<String> path) { return "dir/" + String.join("/", path) + ".weft"; }
    }

    private static Optional<TypedProgram> check(String root, Map<String, String> modules, Diagnostics d) {
        return Frontend.check(new SourceFile("dir/main.weft", root), LIBRARY, new MemoryLoader(modules), d);
    }

    private static TypedProgram ok(String root, Map<String, String> modules) {
        Diagnostics d = new Diagnostics();
        return check(root, modules, d).orElseThrow(() -> new AssertionError(d.all()));
    }

    private static List<Diagnostic> errors(String root, Map<String, String> modules) {
        Diagnostics d = new Diagnostics();
        assertTrue(check(root, modules, d).isEmpty(), "expected errors");
        return d.all();
    }

    private static Symbol.TopLevel function(TypedProgram p, String module, String name) {
        return p.outline().all().stream().filter(f -> f.module().equals(module) && f.displayName().equals(name))
                .findFirst().orElseThrow();
    }

    /** What each named function's body calls, by qualified name. */
    private static List<String> calls(TypedProgram p, Symbol.TopLevel f) {
        return p.names().references(f).stream().map(Symbol.TopLevel::qualifiedName).sorted().toList();
    }

    @Test
    void importWithAListBringsThoseNames() {
        TypedProgram p = ok("""
                import geo (area)
                main() = println(show(area(2)))
                """, Map.of("geo", "area(x: Int) -> Int = x * x\nhidden() = 1\n"));
        assertEquals(List.of("geo.area"), calls(p, p.main()));
        assertEquals("dir/geo.weft", function(p, "geo", "area").file().name());
    }

    @Test
    void aNameNotInTheListIsUnknown() {
        List<Diagnostic> ds = errors("""
                import geo (area)
                main() = println(show(hidden()))
                """, Map.of("geo", "area(x: Int) -> Int = x * x\nhidden() = 1\n"));
        assertEquals(Code.E0101, ds.get(0).code());
    }

    @Test
    void wholeModuleImportBringsEveryFunctionAndTypesAreProgramWide() {
        TypedProgram p = ok("""
                import geo.shapes
                main() = println(show(area(Square(2)) + side()))
                """, Map.of("geo.shapes", """
                type Shape = Square(Int) | Rect(Int, Int)
                area(s: Shape) -> Int = match s { Square(a) -> a * a; Rect(w, h) -> w * h }
                side() = 3
                """));
        assertEquals(List.of("geo.shapes.area", "geo.shapes.side"), calls(p, p.main()));
    }

    @Test
    void ownDefinitionsThenImportsThenTheLibrary() {
        TypedProgram p = ok("""
                import a (twice, f, g)
                f(x: Int) -> Int = x + 1
                main() = println(show(f(twice(g(1)))))
                """, Map.of("a", """
                twice(x: Int) -> Int = x * 20
                f(x: Int) -> Int = x
                g(x: Int) -> Int = map([x], twice) |> h
                h(xs: List[Int]) -> Int = 0
                """));
        // main's f is its own, twice is a's (not the library's), g is a's.
        assertEquals(List.of("a.g", "a.twice", "main.f"), calls(p, p.main()));
        // Inside a, twice is a's own; map is the library's.
        assertEquals(List.of("a.h", "a.twice", "std.list.map"), calls(p, function(p, "a", "g")));
    }

    @Test
    void importsAreNotReexported() {
        List<Diagnostic> ds = errors("""
                import a
                main() = println(show(inner()))
                """, Map.of("a", "import b\nouter() = inner()\n", "b", "inner() = 1\n"));
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Code.E0101, ds.get(0).code());
        assertEquals("dir/main.weft", ds.get(0).file().name());
    }

    @Test
    void sameNamedFunctionsOfTwoModulesAreDistinct() {
        TypedProgram p = ok("""
                import a (fa)
                import b (fb)
                main() = println(show(fa() + fb()))
                """, Map.of("a", "helper() = 1\nfa() = helper()\n", "b", "helper() = 2\nfb() = helper()\n"));
        Symbol.TopLevel ha = function(p, "a", "helper");
        Symbol.TopLevel hb = function(p, "b", "helper");
        assertNotSame(ha, hb);
        assertEquals(List.of("a.helper"), calls(p, function(p, "a", "fa")));
        assertEquals(List.of("b.helper"), calls(p, function(p, "b", "fb")));
        assertEquals("a.helper", ha.qualifiedName());
    }

    @Test
    void aMainOutsideTheRootIsJustAFunction() {
        TypedProgram p = ok("""
                import tool (main)
                main() = println("root")
                """, Map.of("tool", "main(x: Int) -> Int = x\n"));
        assertEquals("main", p.main().module());
    }

    @Test
    void stdImportsAreAcceptedAndChecked() {
        ok("import std.list (map)\nimport std.list\nmain() = println(show(map([1], twice)))\n", Map.of());
        List<Diagnostic> ds = errors("import std.list (mapp)\nmain() = ()\n", Map.of());
        assertEquals(Code.E0108, ds.get(0).code());
        assertTrue(ds.get(0).message().contains("did you mean 'map'?"), ds.get(0).message());
        ds = errors("import std.lists\nmain() = ()\n", Map.of());
        assertEquals(Code.E0107, ds.get(0).code());
        assertTrue(ds.get(0).message().contains("modules are std.list"), ds.get(0).message());
    }

    @Test
    void moduleNotFoundNamesThePathTried() {
        List<Diagnostic> ds = errors("import geo.shapes (area)\nmain() = println(show(area()))\n", Map.of());
        assertEquals(Code.E0107, ds.get(0).code());
        assertTrue(ds.get(0).message().contains("dir/geo/shapes.weft"), ds.get(0).message());
        assertEquals(1, ds.get(0).span().line());
    }

    @Test
    void unknownImportedNameSuggestsANearOne() {
        List<Diagnostic> ds = errors("import geo (are)\nmain() = ()\n", Map.of("geo", "area() = 1\n"));
        assertEquals(Code.E0108, ds.get(0).code());
        assertEquals("module geo does not define 'are'; did you mean 'area'?", ds.get(0).message());
        assertEquals(13, ds.get(0).span().column());
    }

    @Test
    void importCyclesAreNamed() {
        List<Diagnostic> ds = errors("import a\nmain() = ()\n", Map.of("a", "import b\nf() = 1\n", "b", "import a\ng() = 2\n"));
        assertEquals(Code.E0109, ds.get(0).code());
        assertTrue(ds.get(0).message().startsWith("import cycle: a -> b -> a"), ds.get(0).message());
        assertEquals("dir/b.weft", ds.get(0).file().name());
        // Back to the root, by its file name.
        ds = errors("import a\nmain() = ()\n", Map.of("a", "import main\nf() = 1\n"));
        assertTrue(ds.get(0).message().startsWith("import cycle: main -> a -> main"), ds.get(0).message());
    }

    @Test
    void aNameFromTwoImportsIsAnErrorOnlyWhereUsed() {
        Map<String, String> modules = Map.of("a", "f() = 1\ng() = 1\n", "b", "f() = 2\ng() = 2\n");
        ok("import a\nimport b\ng() = 3\nmain() = println(show(g()))\n", modules);
        List<Diagnostic> ds = errors("import a\nimport b\nmain() = println(show(f()))\n", modules);
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Code.E0110, ds.get(0).code());
        assertEquals("'f' is imported from both module a and module b; import it from one of them only, or define f in "
                + "this module", ds.get(0).message());
        // The same function imported twice is one name.
        ok("import a (f)\nimport a\nmain() = println(show(f()))\n", modules);
    }

    @Test
    void typesAndConstructorsOfTwoModulesClash() {
        List<Diagnostic> ds = errors("import geo\ntype Shape = Sq(Int)\nmain() = ()\n",
                Map.of("geo", "type Shape = Circle(Int)\ntype Other = Sq(Int, Int)\n"));
        assertEquals(List.of(Code.E0111, Code.E0111), ds.stream().map(Diagnostic::code).toList());
        assertEquals("dir/geo.weft", ds.get(0).file().name());
        assertTrue(ds.get(0).message().contains("module main and module geo"), ds.get(0).message());
    }

    @Test
    void errorsInAModuleNameItsFile() {
        List<Diagnostic> ds = errors("import geo\nmain() = println(show(area(1)))\n",
                Map.of("geo", "type Box = {w: Flaot}\narea(x: Int) -> Int = x + \"a\"\n"));
        assertEquals(List.of("dir/geo.weft:1", "dir/geo.weft:2"),
                ds.stream().map(d -> d.file().name() + ":" + d.span().line()).toList());
    }

    @Test
    void aModuleDeclarationMustMatchItsPath() {
        ok("import geo.shapes\nmain() = println(show(f()))\n", Map.of("geo.shapes", "module shapes\nf() = 1\n"));
        ok("import geo.shapes\nmain() = println(show(f()))\n", Map.of("geo.shapes", "module geo.shapes\nf() = 1\n"));
        List<Diagnostic> ds = errors("import geo.shapes\nmain() = ()\n", Map.of("geo.shapes", "module other\nf() = 1\n"));
        assertEquals(Code.E0112, ds.get(0).code());
    }

    @Test
    void withoutALoaderImportsAreNotFound() {
        Diagnostics d = new Diagnostics();
        assertTrue(Frontend.check(new SourceFile("t.weft", "import a\nmain() = ()\n"), d).isEmpty());
        assertEquals(Code.E0107, d.all().get(0).code());
    }

}
