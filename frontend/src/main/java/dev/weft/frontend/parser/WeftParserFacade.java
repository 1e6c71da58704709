package dev.weft.frontend.parser;

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
        WeftLexer lexer = new WeftLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        // Lexical errors are reported on their own: parsing around an unclosed
        // string or a stray character would only add confusing follow-on errors.
        if (lexicalErrors(file, lexer, tokens, diagnostics)) return Optional.empty();
        WeftParser parser = new WeftParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        WeftParser.ProgramContext tree;
        try {
            tree = parser.program();
        } catch (ParseCancellationException slowPath) {
            tokens.seek(0);
            parser.reset();
            Reporter reporter = new Reporter(file, diagnostics);
            parser.addErrorListener(reporter);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.program();
            if (reporter.errors > 0) return Optional.empty();
        }
        return Optional.of(new TreeBuilder(file, diagnostics).program(tree));
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
