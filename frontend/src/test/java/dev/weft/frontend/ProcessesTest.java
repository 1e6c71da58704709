package dev.weft.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.frontend.check.Symbol;
import dev.weft.frontend.check.TypedProgram;
import dev.weft.frontend.diagnostics.Diagnostic;
import dev.weft.frontend.syntax.Expr;
import dev.weft.frontend.types.TypePrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process builtins, Pid, Down and Reason, and receive: typed, with their errors (docs/language.md, "Processes"). */
class ProcessesTest {

    private static String scheme(TypedProgram p, String function) {
        return p.schemes().get(p.outline().functions().get(function)).toString();
    }

    /** The receive that is the body of function f, and its arms' message types as printed. */
    private static List<String> messageTypes(TypedProgram p, String f) {
        Symbol.TopLevel fn = p.outline().functions().get(f);
        Expr.Receive r = (Expr.Receive) fn.def().body();
        return r.arms().stream().map(a -> TypePrinter.print(p.messageType(a))).toList();
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code().name()).toList();
    }

    @Test
    void eachBuiltinHasItsType() {
        TypedProgram p = Checked.typed("""
                start() = spawn(() -> 1)
                start_linked() = spawn_link(() -> println("x"))
                me() = self()
                tell(p) = send(p, "hi")
                tell_any(p, m) = send(p, m)
                watch(p) = monitor(p)
                nap(ms) = sleep(ms)
                main() = ()
                """);
        assertEquals("() -> Pid", scheme(p, "start"), "spawn discards the function's result");
        assertEquals("() -> Pid", scheme(p, "start_linked"));
        assertEquals("() -> Pid", scheme(p, "me"));
        assertEquals("(Pid) -> Unit", scheme(p, "tell"));
        assertEquals("(Pid, a) -> Unit", scheme(p, "tell_any"), "send takes any message type");
        assertEquals("(Pid) -> Unit", scheme(p, "watch"));
        assertEquals("(Int) -> Unit", scheme(p, "nap"));
    }

    @Test
    void builtinsRefuseWrongArguments() {
        assertEquals("type mismatch in argument 1 of 'spawn': expected () -> a, found (b) -> b",
                Checked.errors("main() = { p = spawn(x -> x); () }").get(0).message());
        assertEquals("type mismatch in argument 1 of 'send': expected Pid, found Int",
                Checked.errors("main() = send(1, 2)").get(0).message());
        assertEquals("E0201", Checked.errors("main() = monitor(self)").get(0).code().name());
    }

    @Test
    void pidsHaveEqualityAndShowButNoOrder() {
        TypedProgram p = Checked.typed("""
                same(a: Pid, b) = a == b && !(a != b)
                describe(p: Pid) = "${p} is ${show(p)}"
                main() = ()
                """);
        assertEquals("(Pid, Pid) -> Bool", scheme(p, "same"));
        assertEquals("(Pid) -> String", scheme(p, "describe"));
        assertEquals("operator < does not apply to Pid; it works on values that are not functions or Pids and hold neither",
                Checked.errors("main() = { b = self() < self(); () }").get(0).message());
        Diagnostic inData = Checked.errors("main() = { b = (1, self()) >= (2, self()); () }").get(0);
        assertEquals("E0207", inData.code().name(), "nor does a value that holds one");
        Diagnostic least = Checked.errors("least(a, b) = if a < b { a } else { b }\nmain() = { p = least(self(), self()); () }").get(0);
        assertEquals("E0207", least.code().name());
        assertEquals("this use of 'least' needs operator < (at 1:20) on Pid; < works on values that are not functions or Pids"
                + " and hold neither", least.message());
        assertEquals("E0207", Checked.errors("main() = { p = self() + self(); () }").get(0).code().name());
    }

    @Test
    void downAndReasonAreStandardTypes() {
        TypedProgram p = Checked.typed("""
                why(d) = match d {
                    Down(_, Normal) -> "normal"
                    Down(_, Crashed(message)) -> message
                    Down(_, Killed) -> "killed"
                }
                who(d: Down) -> Pid = match d { Down(p, _) -> p }
                main() = ()
                """);
        assertEquals("(Down) -> String", scheme(p, "why"));
        assertEquals("(Down) -> Pid", scheme(p, "who"));
        // A program's own Normal shadows Reason, and Down with it, which refers to Reason.
        TypedProgram own = Checked.typed("type Mode = Normal | Fast\nmode() = Normal\nmain() = ()");
        assertEquals("() -> Mode", scheme(own, "mode"));
        assertEquals("unknown constructor 'Down'",
                Checked.errors("type Mode = Normal | Fast\nmain() = { d = Down; () }").get(0).message());
    }

    @Test
    void armsOfDifferentMessageTypesMix() {
        TypedProgram p = Checked.typed("""
                type Msg = Token(Int) | Stop
                type Box[a] = Box(a)
                loop() -> String = receive {
                    Token(n) if n > 0 -> "token ${n + 1}"
                    Stop -> "stop"
                    n: Int -> show(n * 2)
                    pair: (Int, String) -> pair.1
                    Some(s) -> s ++ "!"
                    Box(x) -> show(x + 1.0)
                    Down(p, reason) -> show(reason)
                    xs: List[Option[Bool]] -> show(length(xs))
                }
                main() = ()
                """.replace("pair.1", "match pair { (_, s) -> s }"));
        assertEquals(List.of("Msg", "Msg", "Int", "(Int, String)", "Option[String]", "Box[Float]", "Down",
                "List[Option[Bool]]"), messageTypes(p, "loop"), "inference fixes Some's and Box's type arguments");
    }

    @Test
    void typedBindersAndGuardsBindTheirNames() {
        TypedProgram p = Checked.typed("""
                next(limit) = receive {
                    n: Int if n < limit -> n + 1
                    s: String if length(s) > limit -> length(s)
                    b: Bool -> if b { 1 } else { 0 }
                }
                main() = ()
                """);
        assertEquals("(Int) -> Int", scheme(p, "next"));
        assertEquals(List.of("Int", "String", "Bool"), messageTypes(p, "next"));
        assertEquals("type mismatch in a guard: expected Bool, found Int",
                Checked.errors("main() = receive { n: Int if n -> () }").get(0).message());
    }

    @Test
    void afterIsAnArmOfIntMilliseconds() {
        TypedProgram p = Checked.typed("""
                wait(ms) = receive { after ms -> () }
                poll() = receive {
                    n: Int -> Some(n)
                    after 0 -> None
                }
                main() = ()
                """);
        assertEquals("(Int) -> Unit", scheme(p, "wait"), "a receive with only an after arm waits");
        assertEquals("() -> Option[Int]", scheme(p, "poll"));
        assertEquals(List.of(), messageTypes(p, "wait"));
        assertEquals("type mismatch in the timeout of after (milliseconds): expected Int, found Float",
                Checked.errors("main() = receive { after 1.5 -> () }").get(0).message());
        assertEquals("type mismatch in the after arm (the arms of a receive and its after have one type): expected Int, found String",
                Checked.errors("main() = { x = receive { n: Int -> n; after 10 -> \"late\" }; () }").get(0).message());
        assertEquals("E0201", Checked.errors("main() = { x = receive { n: Int -> n; s: String -> s }; () }").get(0).code().name());
    }

    @Test
    void aMessageTypeMustBeFullyKnown() {
        List<Diagnostic> ds = Checked.errors("""
                main() = receive {
                    None -> ()
                    xs: List[a] -> ()
                }
                """);
        assertEquals(List.of("E0214", "E0214"), codes(ds));
        assertEquals("this arm takes messages of type Option[a], which is not fully known; a message is matched by its"
                + " exact type, so say which, with a typed binder, as in m: Option[Int] -> match m { ... }", ds.get(0).message());
        assertEquals(2, ds.get(0).span().line());
        // A variable of no function's type (a local's) stays unknown: no instance makes it concrete.
        assertEquals(List.of("E0214"), codes(Checked.errors(
                "main() = { wait = (d) -> receive { Some(x) -> 1; after 0 -> 0 }; println(show(wait(1))) }")));
    }

    @Test
    void aPolymorphicFunctionReceivesItsOwnTypeVariables() {
        // Each instance of first is compiled with a concrete a, which is then its arm's tag.
        TypedProgram p = Checked.typed("""
                first(d: a) -> a = receive { Some(x) -> x; after 0 -> d }
                main() = println(show(first(1)) ++ first("s"))
                """);
        assertEquals(List.of("Option[a]"), messageTypes(p, "first"));
        assertEquals("(a) -> a", scheme(p, "first"));
        // The need that a message hold no function is checked at each use, as send's is.
        Diagnostic d = Checked.errors("""
                first(d: a) -> a = receive { Some(x) -> x; after 0 -> d }
                main() = { f = first((n: Int) -> n); () }
                """).get(0);
        assertEquals("E0213", d.code().name());
        assertEquals("this use of 'first' needs receive (at 1:30) on (Int) -> Int; receive works on messages that are"
                + " not functions and hold none", d.message());
    }

    @Test
    void aMessageCannotBeOrHoldAFunction() {
        List<Diagnostic> ds = Checked.errors("""
                type Job = Job(() -> Int)
                main() = {
                    p = self()
                    send(p, (x: Int) -> x + 1)
                    send(p, [Job(() -> 1)])
                    receive {
                        f: (Int) -> Int -> ()
                        Job(f) -> ()
                    }
                }
                """);
        assertEquals(List.of("E0213", "E0213", "E0213", "E0213"), codes(ds));
        assertEquals("send of a value of type (Int) -> Int: a message cannot be or hold a function", ds.get(0).message());
        assertEquals("send of a value of type List[Job]: a message cannot be or hold a function", ds.get(1).message());
        assertEquals("this arm takes messages of type (Int) -> Int, but a message cannot be or hold a function", ds.get(2).message());
        assertEquals(8, ds.get(3).span().line());
        // Through a polymorphic function: the need is checked where it is used with a function.
        Diagnostic forward = Checked.errors("forward(p: Pid, m) = send(p, m)\nmain() = forward(self(), show)").get(0);
        assertEquals("E0213", forward.code().name());
        assertEquals("this use of 'forward' needs send (at 1:22) on (a) -> String; send works on messages that are not"
                + " functions and hold none", forward.message());
    }

    @Test
    void anArmMustNameItsMessageType() {
        List<Diagnostic> ds = Checked.errors("""
                main() = receive {
                    x -> ()
                    (a, b) -> ()
                    _ -> ()
                    3 -> ()
                }
                """);
        assertEquals(List.of("E0215", "E0215", "E0215", "E0215"), codes(ds));
        assertEquals("a receive arm must say which type of message it takes: start it with a constructor, as in Token(n),"
                + " or a typed binder, as in m: (Int, String)", ds.get(1).message());
    }

    @Test
    void anArmAnEarlierUnguardedArmOfItsTypeCoversIsUnreachable() {
        List<Diagnostic> ds = Checked.warnings("""
                type Msg = Token(Int) | Stop
                main() = receive {
                    Token(n) if n > 0 -> ()
                    Token(1) -> ()
                    Token(n) -> ()
                    Token(2) -> ()
                    n: Int -> ()
                    Some(n) -> println(show(n + 1))
                    Some(s) -> println(s)
                    Stop -> ()
                    m: Msg -> ()
                    k: Int -> ()
                }
                """);
        assertEquals(List.of("W0201", "W0201", "W0201"), codes(ds));
        assertEquals(List.of(6, 11, 12), ds.stream().map(d -> d.span().line()).toList(),
                "Token(2) after Token(n), m: Msg after both constructors, k: Int after n: Int; not Token(1) after a guarded"
                        + " arm, nor Some(s) of another Option than Some(n)'s");
        assertEquals("unreachable arm: the arms before it already take every message of type Msg it takes", ds.get(0).message());
    }

    @Test
    void receiveResolvesNamesInItsArmsOnly() {
        Diagnostic d = Checked.errors("main() = { receive { n: Int -> (); after 5 -> () }; println(show(n)) }").get(0);
        assertEquals("E0101", d.code().name());
        assertEquals("E0106", Checked.errors("main() = receive { n: Nat -> () }").get(0).code().name());
    }
}
