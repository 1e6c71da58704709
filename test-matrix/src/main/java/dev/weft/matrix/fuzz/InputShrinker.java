package dev.weft.matrix.fuzz;

import dev.weft.matrix.internal.shrink.DeltaDebugging;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shrinks a failing input by delta debugging (the matrix's ddmin) while it
 * still fails the same way: over tokens, then over lines, repeated while a
 * round removes something, then over single characters once the input is
 * small. Tokens come first because a 1-minimal set of tokens is what a
 * regression program should be; the line round then drops what only goes as
 * a whole line (a definition whose every token is needed by some other token
 * of it). A first line round before the tokens makes the token round start
 * from a few lines instead of the whole seed: on a 100-line seed it needs
 * several times fewer tests. The character round, for inputs of at most
 * {@value #CHARACTER_ROUND_BYTES} bytes, takes a failure that lies inside one
 * token or comment (an invalid byte in a comment) down to its bytes.
 *
 * <p>Every candidate is tested at most once (ddmin asks some twice), and the
 * whole shrink stops testing at its budget, keeping the smallest failing
 * input found so far.
 */
final class InputShrinker {
    /** @param tests how many candidates were run; {@code complete} is false when the budget ran out */
    record Result(byte[] bytes, int tests, boolean complete) {}

    /** ddmin over n characters takes up to about n^2 runs at worst: 300 keeps that to seconds. */
    static final int CHARACTER_ROUND_BYTES = 300;

    private final Predicate<byte[]> stillFails;
    private final long deadline;
    private final Map<ByteBuffer, Boolean> tested = new HashMap<>();
    private boolean outOfTime;

    private InputShrinker(Predicate<byte[]> stillFails, Duration budget) {
        this.stillFails = stillFails;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    static Result shrink(byte[] failing, Predicate<byte[]> stillFails, Duration budget) {
        InputShrinker s = new InputShrinker(stillFails, budget);
        byte[] current = s.round(failing, Lines::of);
        for (int round = 0; round < 4 && !s.outOfTime; round++) {
            byte[] next = s.round(s.round(current, b -> Lexed.of(b).pieces()), Lines::of);
            if (next.length == current.length) break;
            current = next;
        }
        if (current.length <= CHARACTER_ROUND_BYTES && !s.outOfTime) {
            current = s.spaced(current);
            current = s.round(current, Lexed::characters);
        }
        return new Result(current, s.tested.size(), !s.outOfTime);
    }

    private byte[] round(byte[] input, Function<byte[], List<byte[]>> cut) {
        List<byte[]> pieces = cut.apply(input);
        List<byte[]> kept = DeltaDebugging.minimize(pieces, sub -> fails(Lexed.concat(sub)));
        byte[] out = Lexed.concat(kept);
        // ddmin may end on the input itself when nothing can go; never return something that was not seen to fail.
        return out.length < input.length && fails(out) ? out : input;
    }

    /**
     * Each token that ddmin had to keep only because removing it would join
     * its neighbours into one token ({@code match(None} cannot lose its
     * parenthesis: {@code matchNone} is a name) is tried as a space instead.
     */
    private byte[] spaced(byte[] input) {
        List<byte[]> pieces = new java.util.ArrayList<>(Lexed.of(input).pieces());
        for (int i = 0; i < pieces.size() && !outOfTime; i++) {
            byte[] piece = pieces.get(i);
            if (new String(piece, java.nio.charset.StandardCharsets.UTF_8).isBlank()) continue;
            List<byte[]> candidate = new java.util.ArrayList<>(pieces);
            candidate.set(i, new byte[] {' '});
            if (fails(Lexed.concat(candidate))) pieces = candidate;
        }
        return Lexed.concat(pieces);
    }

    private boolean fails(byte[] candidate) {
        ByteBuffer key = ByteBuffer.wrap(candidate);
        Boolean known = tested.get(key);
        if (known != null) return known;
        if (System.nanoTime() > deadline) {
            outOfTime = true;
            return false;
        }
        boolean result = stillFails.test(candidate);
        tested.put(key, result);
        return result;
    }
}
