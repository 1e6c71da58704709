package dev.weft.matrix.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.weft.frontend.parser.WeftLexer;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Mutations of tokens, as Weft's lexer cuts the input; spaces and comments between tokens stay. */
enum TokenMutation implements Mutation {
    /** Removes one to three consecutive tokens. */
    DELETE {
        @Override
        public Optional<byte[]> apply(Context c) {
            Lexed in = c.input();
            if (in.size() == 0) return Optional.empty();
            int i = c.random().nextInt(in.size());
            int j = Math.min(in.size() - 1, i + c.random().nextInt(3));
            return Optional.of(Lexed.splice(in.bytes(), in.token(i).start(), in.token(j).end(), new byte[0]));
        }
    },
    /**
     * Repeats a run of one to four tokens after itself: usually once, one time in
     * ten up to 30 times, one in a hundred up to 3,000 times (deep nesting and long
     * operator chains come from repeating '(' or '+ 1').
     */
    DUPLICATE {
        @Override
        public Optional<byte[]> apply(Context c) {
            Lexed in = c.input();
            if (in.size() == 0) return Optional.empty();
            Random r = c.random();
            int i = r.nextInt(in.size());
            int j = Math.min(in.size() - 1, i + r.nextInt(4));
            byte[] run = java.util.Arrays.copyOfRange(in.bytes(), in.token(i).start(), in.token(j).end());
            int roll = r.nextInt(100);
            int times = roll == 0 ? 100 + r.nextInt(2_901) : roll < 10 ? 2 + r.nextInt(29) : 1;
            java.io.ByteArrayOutputStream copies = new java.io.ByteArrayOutputStream();
            for (int k = 0; k < times; k++) {
                copies.write(' ');
                copies.write(run, 0, run.length);
            }
            int at = in.token(j).end();
            return Optional.of(Lexed.splice(in.bytes(), at, at, copies.toByteArray()));
        }
    },
    /** Exchanges two tokens: neighbours half of the time, any two otherwise. */
    SWAP {
        @Override
        public Optional<byte[]> apply(Context c) {
            Lexed in = c.input();
            if (in.size() < 2) return Optional.empty();
            Random r = c.random();
            int i = r.nextInt(in.size() - 1);
            int j = r.nextBoolean() ? i + 1 : i + 1 + r.nextInt(in.size() - i - 1);
            Lexed.Tok a = in.token(i);
            Lexed.Tok b = in.token(j);
            byte[] out = Lexed.splice(in.bytes(), b.start(), b.end(), in.text(a));
            return Optional.of(Lexed.splice(out, a.start(), a.end(), in.text(b)));
        }
    },
    /** Renames an identifier to another name of the file or the standard library. */
    RENAME_KNOWN {
        @Override
        public Optional<byte[]> apply(Context c) {
            return replaceOne(c, TokenMutation::isName, t -> c.names().known(c.random(), t.type() == WeftLexer.UPPER_ID));
        }
    },
    /** Renames an identifier to a name nothing defines; one time in fifty, to a name of 1,000 to 100,000 letters. */
    RENAME_UNKNOWN {
        @Override
        public Optional<byte[]> apply(Context c) {
            Random r = c.random();
            return replaceOne(c, TokenMutation::isName, t -> r.nextInt(50) == 0
                    ? "n".repeat(1_000 + r.nextInt(99_001))
                    : NamePool.unknown(r, c.input().string(t)));
        }
    },
    /** Replaces a literal by an odd one of its kind, or one time in four by a literal of any kind. */
    CHANGE_LITERAL {
        @Override
        public Optional<byte[]> apply(Context c) {
            Random r = c.random();
            return replaceOne(c, TokenMutation::isLiteral, t -> {
                if (r.nextInt(4) == 0) return OddLiterals.anyLiteral(r);
                return switch (t.type()) {
                    case WeftLexer.INT -> r.nextInt(20) == 0 ? OddLiterals.digits(r, 20 + r.nextInt(1_000))
                            : OddLiterals.pick(r, OddLiterals.INTS);
                    case WeftLexer.FLOAT -> OddLiterals.pick(r, OddLiterals.FLOATS);
                    case WeftLexer.CHAR -> OddLiterals.pick(r, OddLiterals.CHARS);
                    default -> OddLiterals.pick(r, OddLiterals.STRING_TEXTS);
                };
            });
        }
    },
    /** Replaces an operator or punctuation token by another. */
    CHANGE_OPERATOR {
        @Override
        public Optional<byte[]> apply(Context c) {
            return replaceOne(c, TokenMutation::isOperator, t -> OddLiterals.pick(c.random(), OPERATORS));
        }
    },
    /** Inserts a keyword, bracket, operator or quote at a token boundary. */
    INSERT {
        @Override
        public Optional<byte[]> apply(Context c) {
            Lexed in = c.input();
            Random r = c.random();
            int at = in.size() == 0 ? 0 : in.token(r.nextInt(in.size())).start();
            String token = OddLiterals.pick(r, INSERTABLE);
            return Optional.of(Lexed.splice(in.bytes(), at, at, (token + " ").getBytes(UTF_8)));
        }
    },
    /** Cuts the input before a token: an unfinished program, as an editor saves one. */
    TRUNCATE {
        @Override
        public Optional<byte[]> apply(Context c) {
            Lexed in = c.input();
            if (in.size() == 0) return Optional.empty();
            int at = in.token(c.random().nextInt(in.size())).start();
            return Optional.of(java.util.Arrays.copyOf(in.bytes(), at));
        }
    },
    /** Inserts one to five lines of another seed at a line boundary: definitions whose names collide or clash. */
    SPLICE {
        @Override
        public Optional<byte[]> apply(Context c) {
            Random r = c.random();
            Seed other = c.seeds().get(r.nextInt(c.seeds().size()));
            List<byte[]> from = Lines.of(other.bytes());
            List<byte[]> into = new java.util.ArrayList<>(Lines.of(c.bytes()));
            if (from.isEmpty()) return Optional.empty();
            int a = r.nextInt(from.size());
            int b = Math.min(from.size(), a + 1 + r.nextInt(5));
            into.addAll(r.nextInt(into.size() + 1), from.subList(a, b));
            return Optional.of(Lexed.concat(into));
        }
    };

    private static final List<String> OPERATORS = List.of(
            "->", "|>", "||", "&&", "==", "!=", "<=", ">=", "<", ">", "++", "+", "-", "*", "/", "%", "!", "=",
            "...", ".", ",", ":", ";", "|", "@", "(", ")", "[", "]", "{", "}", "_");

    private static final List<String> INSERTABLE = List.of(
            "module", "import", "type", "match", "if", "else", "receive", "after", "foreign", "true", "false",
            "(", ")", "[", "]", "{", "}", "${", "\"", "'", "->", "|", "=", ",", ";", "\n", "-", "!", "...", "_", "@",
            "0", "x", "X", "main", "Some", "None");

    private static boolean isName(int type) {
        return type == WeftLexer.LOWER_ID || type == WeftLexer.UPPER_ID;
    }

    private static boolean isLiteral(int type) {
        return type == WeftLexer.INT || type == WeftLexer.FLOAT || type == WeftLexer.CHAR || type == WeftLexer.STR_TEXT;
    }

    /** Brackets, operators and punctuation: the lexer grammar declares them together, from '(' to '@'. */
    private static boolean isOperator(int type) {
        return type >= WeftLexer.LPAREN && type <= WeftLexer.AT;
    }

    private static Optional<byte[]> replaceOne(Context c, java.util.function.IntPredicate kind,
            java.util.function.Function<Lexed.Tok, String> replacement) {
        List<Integer> candidates = c.input().indexesOf(kind);
        if (candidates.isEmpty()) return Optional.empty();
        Lexed.Tok t = c.input().token(candidates.get(c.random().nextInt(candidates.size())));
        return Optional.of(Lexed.splice(c.bytes(), t.start(), t.end(), replacement.apply(t).getBytes(UTF_8)));
    }
}
