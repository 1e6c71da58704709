package dev.weft.frontend.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * A source text and the name it is reported under (the path as the user gave it).
 * Offsets and columns count code points, as ANTLR's code point streams do.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] codePoints;
    private final int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        this.codePoints = text.codePoints().toArray();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < codePoints.length; i++) {
            if (codePoints[i] == '\n') starts.add(i + 1);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String name() { return name; }

    public String text() { return text; }

    public int lineCount() { return lineStarts.length; }

    /** The text of a 1-based line, without its line terminator. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : codePoints.length;
        if (end > start && codePoints[end - 1] == '\r') end--;
        return new String(codePoints, start, Math.max(0, end - start));
    }

    @Override
    public String toString() { return name; }
}
