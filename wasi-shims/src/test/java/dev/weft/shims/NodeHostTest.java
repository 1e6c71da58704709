package dev.weft.shims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    void theReportSaysTrapOrRejectedOrNothing() {
        assertEquals(new NodeHost.Report(Optional.of("unreachable"), Optional.empty()),
                NodeHost.Report.parse("trap\nunreachable\n"));
        assertEquals(new NodeHost.Report(Optional.empty(), Optional.of("node rejected the module: x")),
                NodeHost.Report.parse("rejected\nnode rejected the module: x\n"));
        assertEquals(new NodeHost.Report(Optional.empty(), Optional.empty()), NodeHost.Report.parse(""));
    }

    @Test
    void theLoaderIsAResource() {
        String script = new String(NodeHost.loaderScript(), StandardCharsets.UTF_8);
        assertTrue(script.contains("memory_request"), "provides weft.memory_request");
        assertTrue(script.contains("weft_flush"), "flushes after a trap");
    }
}
