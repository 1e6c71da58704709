package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.parser.WeftParserFacade;
import dev.weft.frontend.syntax.CompilationUnit;
import dev.weft.frontend.syntax.Decl;
import dev.weft.frontend.syntax.TreePrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on every construct of the language, checked through the tree printer. */
class ParserTest {

    private static CompilationUnit parse(String source) {
        Diagnostics d = new Diagnostics();
        var unit = WeftParserFacade.parse(new SourceFile("t.weft", source), d);
        assertTrue(d.all().isEmpty(), () -> "unexpected diagnostics: " + d.all());
        return unit.orElseThrow();
    }

    /** The body of the only function in {@code main() = BODY}, printed. */
    private static String body(String expr) {
        Decl.FuncDef f = (Decl.FuncDef) parse("main() = " + expr).decls().get(0);
        return TreePrinter.print(f.body());
    }

    private static List<Diagnostic> errors(String source) {
        Diagnostics d = new Diagnostics();
        WeftParserFacade.parse(new SourceFile("t.weft", source), d);
        // Whether or not a tree comes back, a syntax error is never silent.
        assertTrue(!d.all().isEmpty(), "expected errors");
        return d.all();
    }

    @Test
    void precedenceOfArithmeticAndComparison() {
        assertEquals("(Binary LT (Binary ADD (IntLit 1) (Binary MUL (IntLit 2) (IntLit 3))) (IntLit 7))",
                body("1 + 2 * 3 < 7"));
        assertEquals("(Binary SUB (Binary SUB (IntLit 1) (IntLit 2)) (IntLit 3))", body("1 - 2 - 3"));
        assertEquals("(Binary OR (Var a) (Binary AND (Var b) (Unary NOT (Var c))))", body("a || b && !c"));
        assertEquals("(Binary CONCAT (Var a) (Binary CONCAT (Var b) (Var c)))", body("a ++ b ++ c"));
        assertEquals("(Binary PIPE (Binary PIPE (Var x) (Var f)) (Call (Var g) [(IntLit 1)]))", body("x |> f |> g(1)"));
        assertEquals("(Binary MUL (Unary NEG (Var x)) (Var y))", body("-x * y"));
    }

    @Test
    void literals() {
        assertEquals("(IntLit 255)", body("0xff"));
        assertEquals("(IntLit 1000000)", body("1_000_000"));
        assertEquals("(Unary NEG (IntLit -9223372036854775808))", body("-9223372036854775808"));
        assertEquals("E0004", errors("main() = 9223372036854775808").get(0).code().name());
        assertEquals("E0004", errors("main() = 0x1_0000_0000_0000_0000").get(0).code().name());
        assertEquals("(FloatLit 1.5E-9)", body("1.5e-9"));
        assertEquals("(CharLit 10)", body("'\\n'"));
        assertEquals("(StringLit [(Text \"a\\tb$ \\\"q\\\" \uD83D\uDE00\")])", body("\"a\\tb\\$ \\\"q\\\" \\u{1F600}\""));
        assertEquals("(StringLit [(Text \"n = \") (Interpolation (Binary ADD (Var n) (IntLit 1))) (Text \"!\")])",
                body("\"n = ${n + 1}!\""));
        assertEquals("(StringLit [(Interpolation (StringLit [(Text \"in\") (Interpolation (Block [(ExprStmt (IntLit 1))]))]))])",
                body("\"${\"in${ {1} }\"}\""));
        assertEquals("(UnitLit)", body("()"));
        assertEquals("(BoolLit true)", body("true"));
    }

    @Test
    void blocksSeparateStatementsByNewlinesAndSemicolons() {
        assertEquals("(Block [(Let (Binder x) - (IntLit 1)) (Let (Binder x) (Named Int []) (IntLit 2)) (ExprStmt (Var x))])",
                body("{\n  x = 1\n  x: Int = 2; x\n}"));
    }

    @Test
    void newlinesInsideParenthesesAndBracketsAreIgnored() {
        assertEquals("(Call (Var f) [(IntLit 1) (IntLit 2)])", body("f(\n  1,\n  2\n)"));
        assertEquals("(ListLit [(IntLit 1) (IntLit 2)])", body("[1,\n 2]"));
        // ...but a block inside parentheses separates its statements by newlines again.
        assertEquals("(Call (Var f) [(Block [(ExprStmt (Var a)) (ExprStmt (Var b))])])", body("f({\n a\n b\n})"));
    }

    @Test
    void ifElseChainsAndElseOnTheNextLine() {
        assertEquals("(If (Var a) (Block [(ExprStmt (IntLit 1))]) (If (Var b) (Block [(ExprStmt (IntLit 2))]) (Block [(ExprStmt (IntLit 3))])))",
                body("if a { 1 } else if b { 2 }\n else { 3 }"));
        assertEquals("(If (Var a) (Block [(ExprStmt (IntLit 1))]) -)", body("if a { 1 }"));
    }

    @Test
    void functionsSignaturesAndAnnotations() {
        CompilationUnit u = parse("""
                len : List[a] -> Int
                len([]) = 0
                add(a: Int, b) -> Int = a + b
                """);
        assertEquals("(Signature len (Function [(Named List [(Variable a)])] (Named Int [])))", TreePrinter.print(u.decls().get(0)));
        assertEquals("(FuncDef len [(Param (ListPat [] -) -)] - (IntLit 0))", TreePrinter.print(u.decls().get(1)));
        assertEquals("(FuncDef add [(Param (Binder a) (Named Int [])) (Param (Binder b) -)] (Named Int []) (Binary ADD (Var a) (Var b)))",
                TreePrinter.print(u.decls().get(2)));
    }

    @Test
    void theWholeLanguageParses() {
        CompilationUnit u = parse("""
                module shapes
                import std.list (map, foldl)
                type Shape = Circle(Float) | Rect(Float, Float)
                type Point = {x: Float, y: Float}
                type Option[a] =
                    | Some(a)
                    | None
                foreign "host" now_ms() -> Float @sync
                area(s: Shape) -> Float = match s {
                    Circle(r) -> 3.14159 * r * r
                    Rect(w, h) if w > 0.0 -> w * h
                    _ -> 0.0
                }
                main() = {
                    p = Point{x: 1.0, y: 2.0}
                    q = p{x: 3.0}
                    (a, b) = (1, "a")
                    f = (acc: Float, s) -> acc + area(s)
                    g = x -> x
                    pid = spawn(() -> worker(0))
                    receive {
                        Token(n) -> println("got ${n}")
                        n: Int -> ()
                        after 1000 -> println("timed out")
                    }
                    match xs { [] -> 0; [x] -> 1; [h, ...t] -> 2; {x, y: 0.0} -> 3 }
                    println("total ${foldl(map(shapes, area), 0.0, (a, b) -> a + b)}")
                }
                """);
        assertEquals(6, u.decls().size());
        assertEquals("(ModuleDecl [shapes])", TreePrinter.print(u.module().orElseThrow()));
        assertEquals("(ImportDecl [std list] [map foldl])", TreePrinter.print(u.imports().get(0)));
    }

    @Test
    void receiveWithOnlyAnAfterArmIsAWait() {
        assertEquals(body("receive { after 100 -> () }"), body("receive {\n    after 100 -> ()\n}"));
        assertEquals("(Receive [] (After (IntLit 100) (UnitLit)))", body("receive { after 100 -> () }"));
        assertEquals("(Receive [(Arm (TypedBinder n (Named Int [])) (Binary GT (Var n) (IntLit 0)) (Var n))"
                + " (Arm (Ctor Stop [] false) - (IntLit 0))] (After (Var t) (IntLit 1)))",
                body("receive { n: Int if n > 0 -> n; Stop -> 0; after t -> 1 }"));
        assertEquals("E0001", errors("main() = receive { }").get(0).code().name(), "a receive takes an arm or an after");
        assertEquals("E0001", errors("main() = receive { after 1 -> (); n: Int -> () }").get(0).code().name(),
                "after is the last arm");
    }

    @Test
    void syntaxErrorsArePositionedAndSeveralAreReported() {
        List<Diagnostic> ds = errors("main() = {\n  x = (1 + \n}\nf( = 2\n");
        assertTrue(ds.size() >= 2, "several errors: " + ds);
        assertEquals("E0001", ds.get(0).code().name());
        assertEquals(3, ds.get(0).span().line());
    }

    @Test
    void lexicalErrorsHaveTheirOwnCodes() {
        assertEquals("E0002", errors("main() = \"abc\n").get(0).code().name());
        // Only the unclosed string is reported, not what the rest of the file looks like without it.
        List<Diagnostic> unclosed = errors("main() = {\n  println(\"abc)\n  println(\"ok\")\n}\n");
        assertEquals(1, unclosed.size(), unclosed.toString());
        assertEquals("E0002", unclosed.get(0).code().name());
        assertEquals(2, unclosed.get(0).span().line());
        assertEquals(11, unclosed.get(0).span().column());
        assertEquals("E0002", errors("main() = \"abc").get(0).code().name());
        assertEquals("E0003", errors("main() = \"a\\qb\"").get(0).code().name());
        assertEquals(12, errors("main() = \"a\\qb\"").get(0).span().column());
        assertEquals("E0004", errors("main() = 99999999999999999999").get(0).code().name());
        assertEquals("E0006", errors("main() = 1 ~ 2").get(0).code().name());
    }
}
