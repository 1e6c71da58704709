package dev.weft.matrix.internal.reduce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reduces a program while a test still holds (it still diverges), as
 * C-Reduce does, but on the syntax trees: rounds of passes until a round
 * changes nothing or the time is up. The deletion passes (statements,
 * definitions and comment lines, match arms, list elements and string pieces;
 * statements first, since a definition can go only once nothing uses it)
 * try chunks first, halving their size when no chunk of a size can go: a
 * generated program's divergence usually sits in one statement of twenty,
 * and deleting the later half at once costs one test where one by one
 * costs ten. Deletions go from the end, so that a statement goes before the
 * binding it uses. Then each expression, outermost first, is replaced by a
 * literal of its type or by a part of the same type. A candidate that does
 * not compile fails the test (which compiles it first), so exhaustiveness,
 * scoping and types need no care here. Results are cached by text, and a
 * kept edit always makes the text {@link #simpler}, so the rounds end.
 */
public final class ProgramReducer {
    /**
     * What came of a reduction.
     *
     * @param tests how many candidates were tested (each text once)
     * @param kept how many edits were kept
     * @param timedOut whether the budget ran out before a round changed nothing
     */
    public record Result(String text, int tests, int kept, boolean timedOut) {
        public int nonBlankLines() {
            return SourceText.nonBlankLines(text);
        }
    }

    private final String name;
    private final Predicate<String> test;
    private final long deadline;
    private final Map<String, Boolean> cache = new HashMap<>();
    private int tests;
    private int kept;
    private boolean timedOut;

    private ProgramReducer(String name, Predicate<String> test, Duration budget) {
        this.name = name;
        this.test = test;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /**
     * Empty when the program does not hold the test to begin with, or imports
     * modules (only a root file is reduced, and a reduced copy elsewhere
     * would not find them).
     *
     * @param name the file name diagnostics use
     * @param test whether a candidate still compiles and diverges
     * @param budget the wall time to spend; the best program so far is returned when it is over
     */
    public static Optional<Result> reduce(String name, String text, Predicate<String> test, Duration budget) {
        Optional<EditFinder> finder = EditFinder.of(name, text);
        if (finder.isEmpty() || finder.get().importsModules()) return Optional.empty();
        ProgramReducer r = new ProgramReducer(name, test, budget);
        if (!r.holds(text)) return Optional.empty();
        r.kept = 0;
        return Optional.of(r.run(text));
    }

    private Result run(String text) {
        String current = text;
        while (!timeUp()) {
            String before = current;
            current = deleteChunks(current, EditFinder::statements);
            current = deleteChunks(current, EditFinder::definitions);
            current = deleteChunks(current, EditFinder::arms);
            current = deleteChunks(current, EditFinder::elements);
            current = replaceOneByOne(current);
            if (current.equals(before)) break;
        }
        return new Result(current, tests, kept, timedOut);
    }

    private String deleteChunks(String text, Function<EditFinder, List<List<Edit>>> pass) {
        List<List<Edit>> items = items(text, pass);
        int k = Math.max(1, items.size() / 2);
        while (!items.isEmpty() && !timeUp()) {
            boolean progress = false;
            int end = items.size();
            while (end > 0 && !timeUp()) {
                int start = Math.max(0, end - k);
                List<Edit> chunk = new ArrayList<>();
                for (List<Edit> item : items.subList(start, end)) chunk.addAll(item);
                String candidate = Edit.apply(text, chunk);
                if (simpler(candidate, text) && holds(candidate)) {
                    text = candidate;
                    items = items(text, pass);
                    progress = true;
                    end = Math.min(start, items.size());
                } else {
                    end = start;
                }
            }
            if (!progress) {
                if (k == 1) break;
                k /= 2;
            }
            k = Math.max(1, Math.min(k, items.size() / 2));
        }
        return text;
    }

    private String replaceOneByOne(String text) {
        List<Edit> edits = replacements(text);
        int i = 0;
        while (i < edits.size() && !timeUp()) {
            String candidate = Edit.apply(text, List.of(edits.get(i)));
            if (simpler(candidate, text) && holds(candidate)) {
                text = candidate;
                edits = replacements(text);
            } else {
                i++;
            }
        }
        return text;
    }

    /**
     * Shorter, or as long and first in string order: every kept edit makes
     * the program simpler by this order, so reduction cannot go round in a
     * circle (replacing 0 by 1 and then 1 by 0 would, the test results
     * being cached).
     */
    static boolean simpler(String candidate, String text) {
        return candidate.length() < text.length() || candidate.length() == text.length() && candidate.compareTo(text) < 0;
    }

    private List<List<Edit>> items(String text, Function<EditFinder, List<List<Edit>>> pass) {
        return EditFinder.of(name, text).map(pass).orElse(List.of());
    }

    private List<Edit> replacements(String text) {
        return EditFinder.of(name, text).map(EditFinder::replacements).orElse(List.of());
    }

    private boolean holds(String text) {
        Boolean known = cache.get(text);
        if (known != null) return known;
        tests++;
        boolean result = test.test(text);
        if (result) kept++;
        cache.put(text, result);
        return result;
    }

    private boolean timeUp() {
        if (System.nanoTime() > deadline) timedOut = true;
        return timedOut;
    }
}
