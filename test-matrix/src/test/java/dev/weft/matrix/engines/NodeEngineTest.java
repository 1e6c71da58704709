package dev.weft.matrix.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The engine cases on NodeEngine, and what a killed node is reported as. */
class NodeEngineTest extends EngineCases {
    private static final Engine ENGINE = new NodeEngine();

    @Override
    Engine engine() {
        return ENGINE;
    }

    @Test
    @Timeout(60)
    void aNodeKilledUnderTheProgramIsACrashNotAnExitCode() throws Exception {
        byte[] m = loopsForever();
        Instant before = Instant.now();
        CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> engine().run(m, RunInput.of("prog")));
        ProcessHandle node = null;
        while (node == null && !run.isDone()) {
            node = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("node"))
                    .filter(p -> p.info().startInstant().map(t -> !t.isBefore(before.minusSeconds(1))).orElse(false))
                    .findFirst().orElse(null);
            Thread.sleep(20);
        }
        assertTrue(node != null, "node was started");
        Thread.sleep(300); // well into the loop
        node.destroyForcibly();
        RunOutcome o = run.get();
        // Exit code 137 alone would read as a program's own exit(137).
        assertEquals(Optional.of(new Unfinished.Crashed("node was killed by signal 9 (SIGKILL) before the program ended",
                "")), o.unfinished(), "stderr: " + o.stderr());
        assertEquals(RunOutcome.CRASH_EXIT_CODE, o.exitCode());
        assertTrue(Duration.between(before, Instant.now()).toSeconds() < 30);
    }
}
