package dev.weft.matrix.internal.report;

import dev.weft.matrix.CellResult;
import dev.weft.matrix.MatrixResult;

/**
 * junit.xml in the shape CI tools read (Surefire's): one testsuite, one
 * testcase per cell named {@code program [vector]} in class {@code matrix.ENGINE};
 * a skipped cell carries its reason, a failing one its diff and minimal vector.
 * A timed-out cell is a {@code <failure type="timeout">}; a crashed one an
 * {@code <error type="crash">}, JUnit's word for a test that could not finish.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String write(MatrixResult r) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuite name=\"weft matrix\" tests=\"").append(r.cells().size())
                .append("\" failures=\"").append(r.count(CellResult.Status.FAIL) + r.count(CellResult.Status.TIMEOUT))
                .append("\" errors=\"").append(r.count(CellResult.Status.CRASH))
                .append("\" skipped=\"").append(r.count(CellResult.Status.SKIP))
                .append("\" time=\"").append(seconds(r.elapsedMillis())).append("\">\n");
        for (CellResult c : r.cells()) {
            b.append("  <testcase classname=\"").append(attr("matrix." + c.engine())).append("\" name=\"")
                    .append(attr(c.program() + " [" + c.vectorLabel() + "]")).append("\" time=\"")
                    .append(seconds(c.timeMillis())).append('"');
            switch (c.status()) {
                case PASS -> b.append("/>\n");
                case SKIP -> b.append(">\n    <skipped message=\"").append(attr(c.reason())).append("\"/>\n  </testcase>\n");
                case FAIL -> failing(b, "failure", "", c);
                case TIMEOUT -> failing(b, "failure", "timeout", c);
                case CRASH -> failing(b, "error", "crash", c);
            }
        }
        return b.append("</testsuite>\n").toString();
    }

    private static void failing(StringBuilder b, String element, String type, CellResult c) {
        String minimal = c.minimalVector().map(m -> "minimal vector: " + (m.isEmpty() ? "defaults" : m)
                + "\nreproduce: " + c.reproduce() + "\n\n").orElse("")
                + c.reduced().map(x -> "reduced program: " + x.program() + "\nreproduce reduced: "
                        + x.reproduce() + "\ncompare with: " + x.compare() + "\n" + x.text() + "\n").orElse("");
        b.append(">\n    <").append(element);
        if (!type.isEmpty()) b.append(" type=\"").append(type).append('"');
        b.append(" message=\"").append(attr(c.reason())).append("\">").append(text(minimal + c.diff()))
                .append("</").append(element).append(">\n  </testcase>\n");
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> {
                    // XML 1.0 cannot hold most control characters even escaped: show them as \\uXXXX.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;").replace("\r", "&#13;");
    }
}
