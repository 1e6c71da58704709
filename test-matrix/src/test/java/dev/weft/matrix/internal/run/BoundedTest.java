package dev.weft.matrix.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.features.FeatureVector;
import dev.weft.matrix.engines.ChicoryEngine;
import dev.weft.matrix.engines.RunOutcome;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A reducer's candidate that never ends is stopped at its limit, and the
 * thread that ran it really stops (Chicory checks for interruption), so a
 * reduction does not leave a core spinning.
 */
class BoundedTest {
    @Test
    void aLoopOnChicoryIsStoppedAtItsLimit() throws InterruptedException {
        // A self tail call is a loop (tailcall=loop): this never ends and never overflows.
        Compiled c = Compiled.compile("loop.weft", "loop", "spin(n: Int) -> Int = spin(n + 1)\nmain() = println(show(spin(0)))\n",
                FeatureVector.parse("opt=0"));
        long start = System.nanoTime();
        Optional<RunOutcome> o = Bounded.run(() -> c.runOn(new ChicoryEngine()), Duration.ofMillis(500));
        assertTrue(o.isEmpty(), "a loop has no outcome");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the limit, not the loop, ended the wait");
        for (int i = 0; i < 50 && running(); i++) Thread.sleep(100);
        assertFalse(running(), "the interrupted run's thread has ended");
    }

    @Test
    void aRunWithinItsLimitGivesItsOutcome() {
        Compiled c = Compiled.compile("ok.weft", "ok", "main() = println(\"ok\")\n", FeatureVector.parse("opt=0"));
        assertEquals("ok\n", Bounded.run(() -> c.runOn(new ChicoryEngine()), Duration.ofSeconds(30)).orElseThrow().stdout());
    }

    private static boolean running() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("weft-reduce-run") && t.isAlive());
    }
}
