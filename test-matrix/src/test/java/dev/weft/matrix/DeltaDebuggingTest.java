package dev.weft.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.matrix.internal.shrink.DeltaDebugging;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** ddmin on lists of numbers, where "fails" means "holds all of a culprit set". */
class DeltaDebuggingTest {
    @Test
    void findsThePairAmongMany() {
        for (int n = 2; n <= 12; n++) {
            List<Integer> all = IntStream.range(0, n).boxed().toList();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    Set<Integer> culprits = Set.of(a, b);
                    assertEquals(List.of(a, b), DeltaDebugging.minimize(all, l -> l.containsAll(culprits)));
                }
            }
        }
    }

    @Test
    void emptyWhenNothingIsNeeded() {
        assertEquals(List.of(), DeltaDebugging.minimize(List.of(1, 2, 3), l -> true));
    }

    @Test
    void oneMinimalWhenEitherOfTwoSetsFails() {
        // Fails with {1,2} or with {4}: the result must fail, and removing any one element must pass.
        Predicate<List<Integer>> fails = l -> l.containsAll(List.of(1, 2)) || l.contains(4);
        List<Integer> m = DeltaDebugging.minimize(List.of(0, 1, 2, 3, 4, 5), fails);
        assertTrue(fails.test(m));
        for (Integer x : m) {
            List<Integer> less = new ArrayList<>(m);
            less.remove(x);
            assertTrue(!fails.test(less), m + " is not 1-minimal");
        }
    }
}
