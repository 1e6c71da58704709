package dev.weft.frontend.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Strongly connected components of the reference graph (Tarjan), dependencies
 * before dependents, and their grouping into waves: the components of one wave
 * depend only on earlier waves, so they can be typed in parallel.
 */
final class Components {
    private Components() {}

    static <T> List<List<T>> of(List<T> nodes, Function<T, Iterable<T>> edges) {
        return new Tarjan<>(edges).run(nodes);
    }

    /** Groups components into waves by their depth in the dependency order. */
    static <T> List<List<List<T>>> waves(List<List<T>> components, Function<T, Iterable<T>> edges) {
        Map<T, Integer> depthOf = new IdentityHashMap<>();
        List<List<List<T>>> waves = new ArrayList<>();
        for (List<T> component : components) {
            int depth = 0;
            for (T node : component) {
                for (T dep : edges.apply(node)) {
                    Integer d = depthOf.get(dep);
                    if (d != null) depth = Math.max(depth, d + 1);
                }
            }
            for (T node : component) depthOf.put(node, depth);
            while (waves.size() <= depth) waves.add(new ArrayList<>());
            waves.get(depth).add(component);
        }
        return waves;
    }

    private static final class Tarjan<T> {
        private final Function<T, Iterable<T>> edges;
        private final Map<T, Integer> index = new IdentityHashMap<>();
        private final Map<T, Integer> low = new IdentityHashMap<>();
        private final Deque<T> stack = new ArrayDeque<>();
        private final Map<T, Boolean> onStack = new IdentityHashMap<>();
        private final List<List<T>> out = new ArrayList<>();
        private int counter;

        Tarjan(Function<T, Iterable<T>> edges) { this.edges = edges; }

        List<List<T>> run(List<T> nodes) {
            for (T n : nodes) if (!index.containsKey(n)) visit(n);
            return out;
        }

        // Recursive; call chains in source programs are far shallower than the JVM stack.
        private void visit(T v) {
            index.put(v, counter);
            low.put(v, counter);
            counter++;
            stack.push(v);
            onStack.put(v, true);
            for (T w : edges.apply(v)) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.getOrDefault(w, false)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<T> component = new ArrayList<>();
                T w;
                do {
                    w = stack.pop();
                    onStack.put(w, false);
                    component.add(w);
                } while (w != v);
                out.add(component.reversed());
            }
        }
    }
}
