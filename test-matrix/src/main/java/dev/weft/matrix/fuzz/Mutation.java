package dev.weft.matrix.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One way to change an input: at the token level ({@link TokenMutation}, which
 * keeps most mutants lexable so that they reach the parser, names and types) or
 * at the byte and line level ({@link ByteMutation}, which reaches decoding and
 * the lexer). Every mutation is a function of its random source, so a case is
 * reproduced from its seed alone.
 */
sealed interface Mutation permits TokenMutation, ByteMutation {
    /** What a mutation works on: the input, lexed, the names a rename can choose, and the other seeds. */
    record Context(Random random, Lexed input, NamePool names, List<Seed> seeds) {
        byte[] bytes() { return input.bytes(); }
    }

    String name();

    /** The mutated bytes, or empty when the mutation does not apply (a rename in a file with no names). */
    Optional<byte[]> apply(Context c);

    /** Every mutation, the token-level ones first; the generator draws from this list. */
    static List<Mutation> all() {
        List<Mutation> out = new java.util.ArrayList<>(List.of(TokenMutation.values()));
        out.addAll(List.of(ByteMutation.values()));
        return List.copyOf(out);
    }
}
