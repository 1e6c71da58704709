package dev.weft.frontend.diagnostics;

import dev.weft.frontend.Limits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A source file's bytes to its text: the one place that decodes sources, for the
 * command line and for imported modules alike. Bytes that are not UTF-8, or more
 * of them than {@link Limits#MAX_SOURCE_BYTES}, are diagnostics at a line and
 * column like any other, never an exception.
 */
public final class SourceReader {
    private SourceReader() {}

    public static Optional<SourceFile> decode(String name, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > Limits.MAX_SOURCE_BYTES) {
            // Only the first line is decoded, for the report: the whole would be the cost the limit avoids.
            SourceFile head = new SourceFile(name, lenient(bytes, firstLineEnd(bytes)));
            diagnostics.error(Code.E0007, head, new Span(0, 0, 1, 1), "this file has " + bytes.length
                    + " bytes, more than the compiler's limit of " + Limits.MAX_SOURCE_BYTES
                    + " (16 MiB) for one source file; split it into modules (import)");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (!result.isError()) return Optional.of(new SourceFile(name, out.flip().toString()));
        int bad = in.position();
        // Positions count code points; what comes before the bad byte decoded cleanly.
        String before = out.flip().toString();
        SourceFile shown = new SourceFile(name, lenient(bytes, bytes.length));
        int offset = before.codePointCount(0, before.length());
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int lineStart = before.lastIndexOf('\n') + 1;
        int column = 1 + before.codePointCount(lineStart, before.length());
        diagnostics.error(Code.E0008, shown, new Span(offset, offset + 1, line, column), String.format(
                "this file is not valid UTF-8: byte 0x%02X (at byte offset %d) %s; save the file as UTF-8",
                bytes[bad] & 0xff, bad, (bytes[bad] & 0xc0) == 0x80 ? "continues no character" : "starts no complete character"));
        return Optional.empty();
    }

    private static int firstLineEnd(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 4096 && bytes[end] != '\n') end++;
        return end;
    }

    /** The bytes as text with U+FFFD for what is not UTF-8, to show the offending line. */
    private static String lenient(byte[] bytes, int length) {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
