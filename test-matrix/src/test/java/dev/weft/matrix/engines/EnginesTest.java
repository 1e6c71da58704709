package dev.weft.matrix.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.features.FeatureVector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnginesTest {
    @Test
    void everyEngineIsRegisteredOnceInReportOrder() {
        assertEquals(List.of("chicory", "chicory-aot", "wasmtime", "node"), Engines.names());
        assertEquals(Engines.names(), Engines.all().stream().map(Engine::name).toList());
        for (String name : Engines.names()) assertEquals(name, Engines.named(name).name());
        assertEquals("chicory", Engines.DEFAULT);
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        var e = assertThrows(Engines.UnknownEngineException.class, () -> Engines.named("v8"));
        assertEquals("unknown engine 'v8'; valid engines: chicory, chicory-aot, wasmtime, node", e.getMessage());
        assertEquals("v8", e.name());
    }

    @Test
    void capabilitiesAreWhatTheEngineCasesProve() {
        // EngineCases.tailCallsRunExactlyWhenTheEngineHasTheCapability checks each tail-call claim
        // (ten million mutual return_calls); Wasmtime 7.0.1 rejects return_call and chicory-aot keeps the frame. Every adapter
        // provides weft.memory_request (EngineCases' memory_request cases), so memory=host runs everywhere.
        assertEquals(Set.of("tail-call", "host-memory", "async-memory-write"), Engines.named("chicory").capabilities());
        assertEquals(Set.of("host-memory", "async-memory-write"), Engines.named("chicory-aot").capabilities());
        assertEquals(Set.of("host-memory", "async-memory-write"), Engines.named("wasmtime").capabilities());
        assertEquals(Set.of("tail-call", "host-memory"), Engines.named("node").capabilities());
    }

    @Test
    void theDefaultsRunEverywhereThatStarts() {
        // The only reason an engine may give for not running the defaults is that it cannot start here.
        for (Engine e : Engines.all()) assertEquals(e.unavailable(), e.cannotRun(FeatureVector.defaults()), e.name());
    }

    @Test
    void anUnavailableEngineCannotRunAnythingAndTheReasonIsReported() {
        Engine absent = new Engine() {
            @Override public String name() { return "absent"; }
            @Override public Set<String> capabilities() { return Set.of("tail-call"); }
            @Override public Optional<String> unavailable() { return Optional.of("not installed"); }
            @Override public RunOutcome run(byte[] module, RunInput input) { throw new AssertionError(); }
        };
        assertEquals(Optional.of("not installed"), absent.cannotRun(FeatureVector.defaults()));
        assertEquals(Map.of("absent", "not installed"), Engines.unavailable(List.of(absent)));
    }
}
