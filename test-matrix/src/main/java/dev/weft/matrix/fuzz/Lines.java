package dev.weft.matrix.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An input cut into lines, each with its '\n' (the last may have none): for line mutations and line shrinking. */
final class Lines {
    private Lines() {}

    static List<byte[]> of(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, from, i + 1));
                from = i + 1;
            }
        }
        if (from < bytes.length) lines.add(Arrays.copyOfRange(bytes, from, bytes.length));
        return lines;
    }
}
