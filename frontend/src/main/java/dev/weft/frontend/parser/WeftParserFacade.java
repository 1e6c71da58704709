package dev.weft.frontend.parser;

import dev.weft.frontend.Limits;
import dev.weft.frontend.diagnostics.Code;
import dev.weft.frontend.diagnostics.Diagnostics;
import dev.weft.frontend.diagnostics.SourceFile;
import dev.weft.frontend.diagnostics.Span;
import dev.weft.frontend.syntax.CompilationUnit;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Source text to a {@link CompilationUnit}. Parses in ANTLR's fast SLL mode and
 * falls back to full LL (with error recovery, so that several syntax errors are
 * reported at once) only when SLL fails.
 */
public final class WeftParserFacade {
    private WeftParserFacade() {}

    /** The tree, or empty when the file has syntax errors (which are then in {@code diagnostics}). */
    public static Optional<CompilationUnit> parse(SourceFile file, Diagnostics diagnostics) {
        if (file.text().length() > Limits.MAX_SOURCE_BYTES) {
            diagnostics.error(Code.E0007, file, new Span(0, 0, 1, 1), "this source has " + file.text().length()
                    + " characters, more than the compiler's limit of " + Limits.MAX_SOURCE_BYTES
                    + " (16 MiB) for one source file; split it into modules (import)");
            return Optional.empty();
        }
        WeftLexer lexer = new WeftLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        // Lexical errors are reported on their own: parsing around an unclosed
        // string or a stray character would only add confusing follow-on errors.
        if (lexicalErrors(file, lexer, tokens, diagnostics)) return Optional.empty();
        if (overLimits(file, tokens, diagnostics)) return Optional.empty();
        WeftParser parser = new WeftParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        WeftParser.ProgramContext tree;
        try {
            tree = parser.program();
        } catch (StackOverflowError e) {
            return stackExhausted(file, parser, diagnostics);
        } catch (ParseCancellationException slowPath) {
            tokens.seek(0);
            parser.reset();
            Reporter reporter = new Reporter(file, diagnostics);
            parser.addErrorListener(reporter);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = parser.program();
            } catch (StackOverflowError e) {
                return stackExhausted(file, parser, diagnostics);
            }
            if (reporter.errors > 0) return Optional.empty();
        }
        try {
            return Optional.of(new TreeBuilder(file, diagnostics).program(tree));
        } catch (TreeBuilder.TooDeep e) {
            return Optional.empty();
        }
    }

    /**
     * The limits a token scan can check, before ANTLR spends time on them: brackets
     * open at once beyond {@link Limits#MAX_NESTING} (reported at the first bracket
     * past the limit) and names longer than {@link Limits#MAX_NAME}.
     */
    private static boolean overLimits(SourceFile file, CommonTokenStream tokens, Diagnostics diagnostics) {
        int depth = 0;
        boolean over = false;
        for (Token t : tokens.getTokens()) {
            switch (t.getType()) {
                case WeftLexer.LPAREN, WeftLexer.LBRACK, WeftLexer.LBRACE, WeftLexer.INTERP_START -> {
                    if (++depth > Limits.MAX_NESTING) {
                        diagnostics.error(Code.E0007, file, TreeBuilder.span(t, t), "brackets are nested more than "
                                + Limits.MAX_NESTING + " deep here, the compiler's limit; name some of the inner parts (x = ...)");
                        return true;
                    }
                }
                case WeftLexer.RPAREN, WeftLexer.RBRACK, WeftLexer.RBRACE, WeftLexer.INTERP_END -> depth = Math.max(0, depth - 1);
                case WeftLexer.LOWER_ID, WeftLexer.UPPER_ID -> {
                    if (t.getStopIndex() - t.getStartIndex() >= Limits.MAX_NAME) {
                        diagnostics.error(Code.E0007, file, TreeBuilder.span(t, t), "this name has "
                                + (t.getStopIndex() - t.getStartIndex() + 1) + " characters, more than the compiler's limit of "
                                + Limits.MAX_NAME + "; choose a shorter name");
                        over = true;
                    }
                }
                default -> {}
            }
        }
        return over;
    }

    /**
     * ANTLR's parser recurses once per level of a right-nested form (prefix
     * operators, {@code ++}, lambdas, else-if); millions of levels exhaust even
     * the compiler's deep stack ({@link dev.weft.frontend.DeepStack}) before the
     * tree builder could count them against {@link Limits#MAX_DEPTH}.
     */
    private static Optional<CompilationUnit> stackExhausted(SourceFile file, WeftParser parser, Diagnostics diagnostics) {
        Token at = parser.getCurrentToken();
        diagnostics.error(Code.E0007, file, TreeBuilder.span(at, at), "this expression nests too deeply for the parser (the "
                + "compiler's limit is " + String.format("%,d", Limits.MAX_DEPTH) + " levels); name some of the inner parts (x = ...)");
        return Optional.empty();
    }

    private static boolean lexicalErrors(SourceFile file, WeftLexer lexer, CommonTokenStream tokens, Diagnostics diagnostics) {
        boolean found = false;
        Token lastOpen = null;
        for (Token t : tokens.getTokens()) {
            switch (t.getType()) {
                case WeftLexer.BAD_CHAR -> {
                    diagnostics.error(Code.E0006, file, TreeBuilder.span(t, t), "unexpected character '" + t.getText() + "'"
                            + (t.getText().equals("'") ? "; a character literal holds one character, as in 'a' or '\\n'" : ""));
                    found = true;
                }
                case WeftLexer.STR_OPEN -> lastOpen = t;
                case WeftLexer.STR_CLOSE -> lastOpen = null;
                case WeftLexer.STR_NEWLINE -> {
                    unterminated(file, lastOpen != null ? lastOpen : t, diagnostics);
                    lastOpen = null;
                    found = true;
                }
                default -> {}
            }
        }
        if (lexer._mode == WeftLexer.STRING && lastOpen != null) {
            unterminated(file, lastOpen, diagnostics);
            found = true;
        }
        return found;
    }

    private static void unterminated(SourceFile file, Token open, Diagnostics diagnostics) {
        diagnostics.error(Code.E0002, file, TreeBuilder.span(open, open),
                "string literal is not closed on its line; add the closing \" (write \\n for a line break)");
    }

    /** Turns ANTLR's messages into ours: what was found, and what could stand there. */
    private static final class Reporter extends BaseErrorListener {
        private final SourceFile file;
        private final Diagnostics diagnostics;
        int errors;

        Reporter(SourceFile file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col,
                String antlrMessage, RecognitionException e) {
            errors++;
            Token token = (Token) offending;
            Span span = token == null ? new Span(0, 0, line, col + 1) : TreeBuilder.span(token, token);
            String found = token == null ? "input" : describe(token);
            StringBuilder message = new StringBuilder("unexpected ").append(found);
            IntervalSet expected = null;
            if (recognizer instanceof WeftParser parser) {
                expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            }
            // A keyword where a name could stand is most likely meant as a name.
            boolean nameFits = expected == null || expected.size() > 8 || expected.contains(WeftLexer.LOWER_ID);
            if (token != null && nameFits && isKeyword(token.getType())) {
                message.append(" (a reserved word, which cannot be used as a name)");
            }
            String list = expectedList(expected);
            if (!list.isEmpty()) message.append("; expected ").append(list);
            diagnostics.error(Code.E0001, file, span, message.toString());
        }

        private static boolean isKeyword(int type) {
            return switch (type) {
                case WeftLexer.MODULE, WeftLexer.IMPORT, WeftLexer.TYPE, WeftLexer.MATCH, WeftLexer.IF, WeftLexer.ELSE,
                        WeftLexer.RECEIVE, WeftLexer.AFTER, WeftLexer.FOREIGN, WeftLexer.TRUE, WeftLexer.FALSE -> true;
                default -> false;
            };
        }

        private static String describe(Token token) {
            return switch (token.getType()) {
                case Token.EOF -> "end of file";
                case WeftLexer.NL -> "end of line";
                case WeftLexer.STR_OPEN -> "string";
                case WeftLexer.INT, WeftLexer.FLOAT -> "number " + token.getText();
                default -> "'" + token.getText() + "'";
            };
        }

        private static String expectedList(IntervalSet expected) {
            if (expected == null || expected.size() > 8 || expected.size() == 0) return "";
            StringBuilder out = new StringBuilder();
            int n = 0;
            for (int type : expected.toList()) {
                String name = switch (type) {
                    case Token.EOF -> "end of file";
                    case WeftLexer.NL -> "end of line";
                    case WeftLexer.LOWER_ID -> "a name";
                    case WeftLexer.UPPER_ID -> "a type or constructor name";
                    case WeftLexer.INT -> "a number";
                    case WeftLexer.STR_OPEN -> "a string";
                    default -> WeftLexer.VOCABULARY.getLiteralName(type);
                };
                if (name == null) return "";
                if (n++ > 0) out.append(n == expected.size() ? " or " : ", ");
                out.append(name);
            }
            return out.toString();
        }
    }
}
