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
        int before = diagnostics.all().size();
        for (Token t : tokens.getTokens()) {
            if (t.getType() == WeftLexer.BAD_CHAR) {
                diagnostics.error(Code.E0006, file, TreeBuilder.span(t, t),
                        "unexpected character '" + t.getText() + "'");
            }
        }
        if (diagnostics.all().size() > before) return Optional.empty();
        return Optional.of(new TreeBuilder(file, diagnostics).program(tree));
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
            if (token != null && token.getType() == WeftLexer.BAD_CHAR) {
                diagnostics.error(Code.E0006, file, span, "unexpected character '" + token.getText() + "'");
                return;
            }
            String found = token == null ? "input" : describe(token);
            StringBuilder message = new StringBuilder("unexpected ").append(found);
            if (recognizer instanceof WeftParser parser) {
                IntervalSet expected = e != null && e.getExpectedTokens() != null
                        ? e.getExpectedTokens() : parser.getExpectedTokens();
                String list = expectedList(expected);
                if (!list.isEmpty()) message.append("; expected ").append(list);
            }
            diagnostics.error(Code.E0001, file, span, message.toString());
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
