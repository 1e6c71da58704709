package dev.weft.wasm.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Scans text into S-expressions, skipping whitespace, {@code ;; line} and nested {@code (; block ;)} comments. */
final class SExprParser {
    private final String text;
    private final String source;
    private int at;
    private int line = 1;
    private int lineStart;

    private SExprParser(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** All top-level expressions of the text. */
    static List<SExpr> parse(String text, String source) {
        SExprParser p = new SExprParser(text, source);
        List<SExpr> all = new ArrayList<>();
        p.skipBlank();
        while (p.at < text.length()) {
            all.add(p.expr());
            p.skipBlank();
        }
        return all;
    }

    private SExpr expr() {
        SourcePos pos = pos();
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            List<SExpr> items = new ArrayList<>();
            while (true) {
                skipBlank();
                if (at >= text.length()) throw new WatSyntaxException(pos, "unclosed '(': expected ')' before end of text");
                if (text.charAt(at) == ')') {
                    at++;
                    return new SExpr.SList(items, pos);
                }
                items.add(expr());
            }
        }
        if (c == ')') throw new WatSyntaxException(pos, "unexpected ')'");
        if (c == '"') return string(pos);
        if (c == '$' && text.startsWith("$\"", at)) {
            at++;
            return new SExpr.Atom("$" + string(pos).utf8(), pos); // $"any name", as the printer writes
        }
        int start = at;
        while (at < text.length() && isAtomChar(text.charAt(at))) at++;
        if (at == start) throw new WatSyntaxException(pos, "unexpected character '" + c + "'");
        return new SExpr.Atom(text.substring(start, at), pos);
    }

    private static boolean isAtomChar(char c) {
        return c > ' ' && c != '(' && c != ')' && c != '"' && c != ';' && c < 0x7F;
    }

    private SExpr.Str string(SourcePos pos) {
        at++;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            if (at >= text.length() || text.charAt(at) == '\n') {
                throw new WatSyntaxException(pos, "unterminated string: expected '\"'");
            }
            char c = text.charAt(at++);
            if (c == '"') return new SExpr.Str(bytes.toByteArray(), pos);
            if (c != '\\') {
                int cp = Character.isHighSurrogate(c) && at < text.length()
                        ? Character.toCodePoint(c, text.charAt(at++)) : c;
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            SourcePos escPos = new SourcePos(source, line, at - lineStart);
            char e = at < text.length() ? text.charAt(at++) : '?';
            switch (e) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case '"', '\'', '\\' -> bytes.write(e);
                case 'u' -> {
                    int close = text.indexOf('}', at);
                    if (at >= text.length() || text.charAt(at) != '{' || close < 0) {
                        throw new WatSyntaxException(escPos, "expected \\u{hex} escape");
                    }
                    int cp = hex(text.substring(at + 1, close), escPos);
                    at = close + 1;
                    bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    if (at >= text.length()) throw new WatSyntaxException(escPos, "expected two hex digits after '\\'");
                    bytes.write(hex(text.substring(at - 1, at + 1), escPos));
                    at++;
                }
            }
        }
    }

    private static int hex(String digits, SourcePos pos) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw new WatSyntaxException(pos, "bad escape '\\" + digits + "': expected hex digits or one of n t r \" ' \\");
        }
    }

    private void skipBlank() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                at++;
                line++;
                lineStart = at;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                at++;
            } else if (text.startsWith(";;", at)) {
                while (at < text.length() && text.charAt(at) != '\n') at++;
            } else if (text.startsWith("(;", at)) {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        SourcePos start = pos();
        int depth = 0;
        while (at < text.length()) {
            if (text.startsWith("(;", at)) {
                depth++;
                at += 2;
            } else if (text.startsWith(";)", at)) {
                at += 2;
                if (--depth == 0) return;
            } else {
                if (text.charAt(at) == '\n') {
                    line++;
                    lineStart = at + 1;
                }
                at++;
            }
        }
        throw new WatSyntaxException(start, "unclosed block comment: expected ';)'");
    }

    private SourcePos pos() {
        return new SourcePos(source, line, at - lineStart + 1);
    }
}
