package dev.weft.matrix.internal.shrink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Zeller and Hildebrandt's ddmin ("Simplifying and Isolating Failure-Inducing
 * Input", 2002): from a list that fails, a sublist that still fails and is
 * 1-minimal, i.e. removing any one element makes it pass. Elements keep their
 * order. The test is called on sublists only; callers cache it, since ddmin
 * asks some sublists more than once.
 */
public final class DeltaDebugging {
    private DeltaDebugging() {}

    /**
     * @param failing a list for which {@code fails} is true
     * @param fails whether a sublist still fails; false for "passes" and for "cannot tell"
     */
    public static <T> List<T> minimize(List<T> failing, Predicate<List<T>> fails) {
        if (fails.test(List.of())) return List.of();
        List<T> c = List.copyOf(failing);
        int n = 2;
        while (c.size() >= 2) {
            List<List<T>> parts = split(c, Math.min(n, c.size()));
            List<T> next = null;
            int nextN = n;
            for (List<T> part : parts) {
                if (fails.test(part)) {
                    next = part;
                    nextN = 2;
                    break;
                }
            }
            if (next == null && parts.size() > 2) {
                for (List<T> part : parts) {
                    List<T> complement = new ArrayList<>(c);
                    complement.removeAll(part);
                    if (fails.test(complement)) {
                        next = complement;
                        nextN = Math.max(parts.size() - 1, 2);
                        break;
                    }
                }
            }
            if (next != null) {
                c = next;
                n = nextN;
            } else if (parts.size() < c.size()) {
                n = Math.min(c.size(), parts.size() * 2);
            } else {
                break; // every single element removed passes: 1-minimal
            }
        }
        return c;
    }

    /** {@code c} cut into {@code n} consecutive parts of near-equal size. */
    static <T> List<List<T>> split(List<T> c, int n) {
        List<List<T>> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = start + (c.size() - start) / (n - i);
            parts.add(List.copyOf(c.subList(start, end)));
            start = end;
        }
        return parts;
    }
}
