package dev.weft.matrix.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines a campaign ends with: what ran, where inputs stopped, and each distinct failure. */
public final class Summary {
    private Summary() {}

    public static String of(Campaign.Report r, List<Path> written) {
        StringBuilder out = new StringBuilder();
        List<String> stages = new ArrayList<>();
        r.stages().forEach((s, n) -> stages.add(s.name().toLowerCase(Locale.ROOT) + " " + n));
        out.append("fuzz: seed ").append(r.seed()).append(": ").append(r.cases()).append(" cases in ")
                .append(r.time().toSeconds()).append(" s (").append(r.casesPerSecond()).append("/s); passed: ")
                .append(stages.isEmpty() ? "none" : String.join(", ", stages)).append('\n');
        if (r.flakyTimeouts() > 0) {
            out.append("fuzz: ").append(r.flakyTimeouts()).append(" case(s) timed out once and not again (machine load)\n");
        }
        if (r.stoppedByStuckWorkers()) out.append("fuzz: stopped early: cases stuck in endless loops\n");
        if (r.found().isEmpty()) {
            out.append("fuzz: no failures\n");
            return out.toString();
        }
        out.append("fuzz: ").append(r.found().size()).append(" distinct failure").append(r.found().size() == 1 ? "" : "s")
                .append(":\n");
        for (int i = 0; i < r.found().size(); i++) {
            Campaign.Found f = r.found().get(i);
            out.append("  ").append(i < written.size() ? written.get(i).toString() : "(not written)")
                    .append("  seen ").append(f.count()).append("x: ").append(f.failure().signature()).append('\n');
        }
        return out.toString();
    }

    /** A shrunk input for a log: its text, with bytes that are not printable text shown as \xNN. */
    public static String quoted(byte[] bytes) {
        LenientUtf8 text = LenientUtf8.decode(bytes);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.codePoints().length; i++) {
            int cp = text.codePoints()[i];
            boolean malformed = cp == 0xFFFD && LenientUtf8.sequenceLength(bytes, text.offsets()[i]) == 0;
            if (malformed || (cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F) {
                for (int b = text.offsets()[i]; b < text.offsets()[i + 1]; b++) {
                    out.append(String.format("\\x%02X", bytes[b] & 0xFF));
                }
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
