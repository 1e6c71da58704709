package dev.weft.shims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** NodeHost's side of the loader's protocol; runs on Node are EngineCases' (test-matrix). */
class NodeHostTest {
    @Test
    void theEnvironmentReachesTheLoaderAsJson() {
        assertEquals("{}", NodeHost.json(Map.of()));
        assertEquals("{\"A\":\"1\",\"B\":\"q\\\"\\\\\\u000a\\u0001\"}", NodeHost.json(Map.of("B", "q\"\\\n\u0001", "A", "1")));
    }

    @Test
    void loaderArgumentsEndWithTheProgramsArgv() {
        var inv = Invocation.of("prog", List.of("a b", ""), new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream()).withEnvironment(Map.of("K", "v"));
        assertEquals(List.of("/m.wasm", "/report", "65536", "{\"K\":\"v\"}", "prog", "a b", ""),
                NodeHost.loaderArguments("/m.wasm", "/report", 65_536, inv));
    }

    @Test
    void theReportSaysTrapOrRejectedOrCrashThenTheExitCode() {
        assertEquals(new NodeHost.Report(Optional.of("unreachable"), Optional.empty(), Optional.empty(), OptionalInt.of(134)),
                NodeHost.Report.parse("trap unreachable\nexit 134\n"));
        assertEquals(new NodeHost.Report(Optional.empty(), Optional.of("node rejected the module: x"), Optional.empty(),
                OptionalInt.of(121)), NodeHost.Report.parse("rejected node rejected the module: x\nexit 121\n"));
        assertEquals(new NodeHost.Report(Optional.empty(), Optional.empty(), Optional.of("boom"), OptionalInt.empty()),
                NodeHost.Report.parse("crash boom\n"));
        assertEquals(new NodeHost.Report(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.of(0)),
                NodeHost.Report.parse("exit 0\n"));
        // Nothing, or a cut last line: node died before its main thread saw the program end.
        assertEquals(OptionalInt.empty(), NodeHost.Report.parse("").exit());
        assertEquals(OptionalInt.empty(), NodeHost.Report.parse("trap unreachable\nexit ").exit());
    }

    @Test
    void aNodeThatDiedSaysHow() {
        assertEquals("node was killed by signal 9 (SIGKILL) before the program ended", NodeHost.died(137));
        assertEquals("node was killed by signal 11 (SIGSEGV) before the program ended", NodeHost.died(139));
        assertEquals("node exited with code 1 before the program ended", NodeHost.died(1));
    }

    @Test
    void theLoaderIsAResource() {
        String script = new String(NodeHost.loaderScript(), StandardCharsets.UTF_8);
        assertTrue(script.contains("memory_request"), "provides weft.memory_request");
        assertTrue(script.contains("weft_flush"), "flushes after a trap");
    }
}
