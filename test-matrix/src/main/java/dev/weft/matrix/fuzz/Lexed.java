package dev.weft.matrix.fuzz;

import dev.weft.frontend.parser.WeftLexer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * An input's tokens as Weft's own lexer sees them, located by byte offsets, so
 * that token edits and token shrinking work on any bytes, even invalid UTF-8
 * (read by {@link LenientUtf8}). Spaces and comments, which the lexer skips,
 * stay in the gaps between tokens.
 */
final class Lexed {
    /** One token: its lexer type and its bytes {@code [start, end)}. */
    record Tok(int type, int start, int end) {}

    private final byte[] bytes;
    private final List<Tok> tokens;

    private Lexed(byte[] bytes, List<Tok> tokens) {
        this.bytes = bytes;
        this.tokens = tokens;
    }

    static Lexed of(byte[] bytes) {
        LenientUtf8 text = LenientUtf8.decode(bytes);
        WeftLexer lexer = new WeftLexer(CharStreams.fromString(text.text()));
        lexer.removeErrorListeners();
        List<Tok> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            int start = t.getStartIndex();
            int stop = t.getStopIndex();
            if (stop < start) continue; // a token with no text (none in Weft's lexer today)
            tokens.add(new Tok(t.getType(), text.offsets()[start], text.offsets()[stop + 1]));
        }
        return new Lexed(bytes, List.copyOf(tokens));
    }

    byte[] bytes() { return bytes; }

    List<Tok> tokens() { return tokens; }

    int size() { return tokens.size(); }

    Tok token(int i) { return tokens.get(i); }

    byte[] text(Tok t) { return java.util.Arrays.copyOfRange(bytes, t.start(), t.end()); }

    String string(Tok t) { return new String(bytes, t.start(), t.end() - t.start(), java.nio.charset.StandardCharsets.UTF_8); }

    /** Indexes of the tokens of the given types. */
    List<Integer> indexesOf(java.util.function.IntPredicate type) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) if (type.test(tokens.get(i).type())) out.add(i);
        return out;
    }

    /**
     * The input cut into pieces for delta debugging: each token, and each gap
     * between tokens (spaces, comments) as a piece of its own, so that a comment
     * can go without the token after it. Concatenated, they give the bytes back.
     */
    List<byte[]> pieces() {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (Tok t : tokens) {
            if (t.start() > from) out.add(java.util.Arrays.copyOfRange(bytes, from, t.start()));
            out.add(java.util.Arrays.copyOfRange(bytes, t.start(), t.end()));
            from = t.end();
        }
        if (from < bytes.length) out.add(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
        return out;
    }

    /** The input cut into its characters (an invalid byte is one), for the shrinker's last round. */
    static List<byte[]> characters(byte[] bytes) {
        int[] offsets = LenientUtf8.decode(bytes).offsets();
        List<byte[]> out = new ArrayList<>(offsets.length - 1);
        for (int i = 0; i + 1 < offsets.length; i++) out.add(java.util.Arrays.copyOfRange(bytes, offsets[i], offsets[i + 1]));
        return out;
    }

    /** The bytes with {@code [start, end)} replaced by {@code with}. */
    static byte[] splice(byte[] bytes, int start, int end, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length - (end - start) + with.length);
        out.write(bytes, 0, start);
        out.write(with, 0, with.length);
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }

    static byte[] concat(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : pieces) out.write(p, 0, p.length);
        return out.toByteArray();
    }
}
