package dev.weft.matrix.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Weighted choices, each made lazily: only the chosen one runs. */
final class Menu<T> {
    private final List<Double> weights = new ArrayList<>();
    private final List<Supplier<T>> options = new ArrayList<>();
    private double total;

    Menu<T> add(double weight, Supplier<T> option) {
        if (weight > 0) {
            weights.add(weight);
            options.add(option);
            total += weight;
        }
        return this;
    }

    /** Adds the option only when {@code when} holds. */
    Menu<T> add(boolean when, double weight, Supplier<T> option) {
        return when ? add(weight, option) : this;
    }

    boolean isEmpty() {
        return options.isEmpty();
    }

    /** Picks by weight; a choice that gives null (it found it cannot apply) is dropped and another picked. */
    T pick(Random random) {
        while (!options.isEmpty()) {
            double r = random.nextDouble() * total;
            int i = 0;
            while (i < options.size() - 1 && r >= weights.get(i)) r -= weights.get(i++);
            T value = options.get(i).get();
            if (value != null) return value;
            total -= weights.remove(i);
            options.remove(i);
        }
        throw new IllegalStateException("no applicable choice");
    }
}
