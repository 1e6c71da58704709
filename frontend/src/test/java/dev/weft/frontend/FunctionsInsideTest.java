package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * show, == and the orderings on values that hold a function (docs/language.md:
 * "comparisons on every type but functions"): an error at the operator, or at
 * the use of a polymorphic function or local whose operator would meet one.
 * Each of these reached the backend as a derived show or == of a function
 * type, a ClassCastException there (found by the mutation fuzzer:
 * {@code "${([], parse_int)}"}).
 */
class FunctionsInsideTest {
    private static final String F = "inc(n: Int) -> Int = n + 1\n";

    /** "LINE:COL message" of each error. */
    private static List<String> errors(String source) {
        return Checked.errors(F + source).stream().filter(Diagnostic::isError)
                .map(d -> d.code() + " " + d.span() + " " + d.message()).toList();
    }

    private static void startsWith(String expected, List<String> errors) {
        assertTrue(!errors.isEmpty() && errors.get(0).startsWith(expected), "expected " + expected + "..., got " + errors);
    }

    @Test
    void aFunctionInsideATupleListOrDataTypeIsNotShownOrCompared() {
        assertEquals(List.of("E0207 2:19 operator ${...} does not apply to (List[a], (Int) -> Int); "
                + "it works on values that are not functions and hold none"), errors("main() = println(\"${([], inc)}\")"));
        startsWith("E0207 2:11", errors("main() = ([inc] == [inc])"));
        startsWith("E0207 3:19", errors("type H = H(Int, (Int) -> Int)\nmain() = println(\"${H(1, inc)}\")"));
        startsWith("E0207 3:10 operator < does not apply to R;", errors("type R = { f: (Int) -> Int }\nmain() = R { f: inc } < R { f: inc }"));
        // A type argument is looked at too: Option's own fields hold no function, its argument here does.
        startsWith("E0207 2:11", errors("main() = (Some(inc) == None)"));
    }

    @Test
    void showCalledOrPassedOnAFunctionIsAnError() {
        assertEquals(List.of("E0207 2:18 show does not apply to (Int) -> Int; it works on values that are not functions and hold none"),
                errors("main() = println(show(inc))"));
        startsWith("E0207 3:4 show does not apply to (Int) -> Int",
                errors("main() = { g = (f: ((Int) -> Int) -> String) -> f(inc)\n g(show) }"));
    }

    @Test
    void aPolymorphicFunctionsNeedIsCheckedAtItsUses() {
        assertEquals(List.of("E0207 3:18 this use of 's' needs operator ${...} (at 2:9) on (Int) -> Int; "
                + "${...} works on values that are not functions and hold none"),
                errors("s(x) = \"${x}\"\nmain() = println(s(inc))"));
        // Passed on through a caller that is polymorphic in the same variable, and through a generalized local.
        startsWith("E0207 4:10 this use of 't'", errors("s(x) = \"${x}\"\nt(y) = s([y])\nmain() = t(inc)"));
        startsWith("E0207 5:2 this use of 'g' needs operator ${...} (at 2:9)", errors("s(x) = \"${x}\"\nmain() = { g = z -> s(z)\n g(1)\n g(inc) }"));
    }

    @Test
    void aDeclaredFunctionsNeedIsCheckedThoughItsBodyMayBeTypedAfterItsCallers() {
        // Declared types do not order the typing: main may be typed before same's body.
        String same = "same : (a, a) -> Bool\nsame(a, b) = a == b\n";
        startsWith("E0207 4:10 this use of 'same' needs operator == (at 3:16)", errors(same + "main() = same(inc, inc)"));
        Checked.typed(F + same + "main() = same(1, 2)");
    }

    @Test
    void polymorphicRecursionEndsAndValuesWithoutFunctionsStillWork() {
        String p = "p : (a, Int) -> String\np(x, n) = if n == 0 { \"${x}\" } else { p([x], n - 1) }\n";
        startsWith("E0207 4:10 this use of 'p'", errors(p + "main() = p(inc, 2)"));
        Checked.typed(F + p + """
                type T = Leaf | Node(T, Int, T)
                main() = {
                    println(p(Node(Leaf, 1, Leaf), 3))
                    println(show([Some((1, "a"))] == []))
                }
                """);
    }
}
