package dev.weft.matrix.internal.report;

import dev.weft.matrix.CellResult;
import dev.weft.matrix.MatrixResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page (no scripts, no external files). A
 * summary, a legend numbering the vectors, then the grid (a row per program,
 * a column group per engine, a column per vector) where a failing cell links
 * to its details below: reason, minimal vector, reproducing command and diff.
 * Failed, timed-out and crashed cells each have their own colour and mark;
 * skipped cells show their reason on hover.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
            h1{font-size:20px;margin:0 0 8px} h2{font-size:16px;margin:24px 0 8px}
            .summary span{margin-right:16px} .pass{color:#1a7f37} .fail{color:#cf222e} .skip{color:#777}
            .timeout{color:#9a6700} .crash{color:#8250df}
            table.grid{border-collapse:collapse;font-size:12px}
            .grid th,.grid td{border:1px solid #ddd;padding:2px 4px;text-align:center}
            .grid th.program,.grid td.program{text-align:left;white-space:nowrap;font-family:monospace}
            .grid th.engine{background:#f3f3f3} .grid th.sep,.grid td.sep{border-left:2px solid #888}
            td.c-pass{background:#dafbe1;color:#1a7f37} td.c-fail{background:#ffd7d5} td.c-skip{background:#eee;color:#888}
            td.c-fail a{color:#cf222e;font-weight:bold;text-decoration:none}
            td.c-timeout{background:#fff1c2} td.c-timeout a{color:#9a6700;font-weight:bold;text-decoration:none}
            td.c-crash{background:#eddeff} td.c-crash a{color:#8250df;font-weight:bold;text-decoration:none}
            tr.has-fail td.program{color:#cf222e;font-weight:bold}
            ol.legend{font-family:monospace;font-size:12px;columns:3;max-width:900px}
            .failure{border:1px solid #f1aeb5;border-radius:6px;padding:8px 12px;margin:12px 0}
            .failure h3{font-size:14px;margin:0 0 6px;font-family:monospace}
            pre{background:#f6f8fa;padding:8px;overflow-x:auto;font-size:12px;margin:6px 0}
            code{background:#f6f8fa;padding:1px 4px}
            """;

    private HtmlReport() {}

    public static String write(MatrixResult r) {
        List<String> programs = new ArrayList<>(new LinkedHashSet<>(r.cells().stream().map(CellResult::program).toList()));
        Map<String, CellResult> byKey = new HashMap<>();
        for (CellResult c : r.cells()) byKey.put(key(c.program(), c.vector(), c.engine()), c);
        List<CellResult> failures = r.failures();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        b.append("<title>weft matrix: ").append(r.passed() ? "all cells pass" : failures.size() + " failing")
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        b.append("<h1>weft matrix</h1>\n<p class=\"summary\"><span>").append(r.cells().size()).append(" cells</span>")
                .append("<span class=\"pass\">").append(r.count(CellResult.Status.PASS)).append(" passed</span>")
                .append("<span class=\"fail\">").append(r.count(CellResult.Status.FAIL)).append(" failed</span>")
                .append("<span class=\"timeout\">").append(r.count(CellResult.Status.TIMEOUT)).append(" timed out</span>")
                .append("<span class=\"crash\">").append(r.count(CellResult.Status.CRASH)).append(" crashed</span>")
                .append("<span class=\"skip\">").append(r.count(CellResult.Status.SKIP)).append(" skipped</span>")
                .append("<span>").append(programs.size()).append(" programs x ").append(r.vectors().size())
                .append(" vectors x ").append(r.engines().size()).append(" engines</span><span>shards: ")
                .append(esc(String.join(", ", r.shards()))).append("</span><span>")
                .append(String.format(java.util.Locale.ROOT, "%.1f s", r.elapsedMillis() / 1000.0))
                .append("</span></p>\n");
        b.append("<h2>Vectors</h2>\n<ol class=\"legend\" start=\"0\">");
        for (String v : r.vectors()) b.append("<li>").append(esc(v.isEmpty() ? "defaults" : v)).append("</li>");
        b.append("</ol>\n<h2>Grid</h2>\n<table class=\"grid\"><thead><tr><th class=\"program\" rowspan=\"2\">program</th>");
        for (String e : r.engines()) {
            b.append("<th class=\"engine sep\" colspan=\"").append(r.vectors().size()).append("\">").append(esc(e)).append("</th>");
        }
        b.append("</tr><tr>");
        for (int e = 0; e < r.engines().size(); e++) {
            for (int v = 0; v < r.vectors().size(); v++) {
                String label = r.vectors().get(v).isEmpty() ? "defaults" : r.vectors().get(v);
                b.append("<th").append(v == 0 ? " class=\"sep\"" : "").append(" title=\"").append(esc(label))
                        .append("\">").append(v).append("</th>");
            }
        }
        b.append("</tr></thead><tbody>\n");
        for (String p : programs) {
            boolean failed = failures.stream().anyMatch(c -> c.program().equals(p));
            b.append("<tr").append(failed ? " class=\"has-fail\"" : "").append("><td class=\"program\">").append(esc(p)).append("</td>");
            for (String e : r.engines()) {
                for (int v = 0; v < r.vectors().size(); v++) {
                    CellResult c = byKey.get(key(p, r.vectors().get(v), e));
                    b.append(cell(c, v == 0, failures));
                }
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        if (!failures.isEmpty()) {
            b.append("<h2>Failures</h2>\n");
            for (int i = 0; i < failures.size(); i++) failure(b, i, failures.get(i));
        }
        return b.append("</body></html>\n").toString();
    }

    private static String cell(CellResult c, boolean first, List<CellResult> failures) {
        String sep = first ? " sep" : "";
        if (c == null) return "<td class=\"" + sep.strip() + "\" title=\"not in this run\"></td>";
        String title = esc(c.vectorLabel() + " on " + c.engine() + (c.reason().isEmpty() ? "" : ": " + c.reason()));
        return switch (c.status()) {
            case PASS -> "<td class=\"c-pass" + sep + "\" title=\"" + title + "\">&#10003;</td>";
            case SKIP -> "<td class=\"c-skip" + sep + "\" title=\"" + title + "\">&ndash;</td>";
            case FAIL -> failing("c-fail", sep, title, failures.indexOf(c), "&#10007;");
            case TIMEOUT -> failing("c-timeout", sep, title, failures.indexOf(c), "&#8987;");
            case CRASH -> failing("c-crash", sep, title, failures.indexOf(c), "!");
        };
    }

    private static String failing(String cls, String sep, String title, int index, String mark) {
        return "<td class=\"" + cls + sep + "\" title=\"" + title + "\"><a href=\"#fail-" + index + "\">" + mark + "</a></td>";
    }

    private static void failure(StringBuilder b, int i, CellResult c) {
        b.append("<div class=\"failure\" id=\"fail-").append(i).append("\"><h3>").append(esc(c.program()))
                .append(" &middot; ").append(esc(c.engine())).append(" &middot; ").append(esc(c.vectorLabel()))
                .append("</h3>\n<div class=\"").append(c.status() == CellResult.Status.FAIL ? "fail" : c.status().text())
                .append("\">").append(c.status().text()).append(": ").append(esc(c.reason())).append("</div>\n");
        c.minimalVector().ifPresent(m -> b.append("<div>minimal vector: <code>")
                .append(esc(m.isEmpty() ? "defaults" : m)).append("</code></div>\n<div>reproduce: <code>")
                .append(esc(c.reproduce())).append("</code></div>\n"));
        c.reduced().ifPresent(r -> b.append("<div>reduced program (").append(r.lines()).append(" lines, ").append(r.tested())
                .append(" candidates tested").append(r.timedOut() ? ", stopped at the time limit" : "").append("): <code>")
                .append(esc(r.program())).append("</code></div>\n<div>reproduce reduced: <code>").append(esc(r.reproduce()))
                .append("</code>, compare with: <code>").append(esc(r.compare())).append("</code></div>\n<pre>")
                .append(esc(r.text())).append("</pre>\n"));
        if (!c.diff().isEmpty()) b.append("<pre>").append(esc(c.diff())).append("</pre>");
        b.append("</div>\n");
    }

    private static String key(String program, String vector, String engine) {
        return program + "\u0000" + vector + "\u0000" + engine;
    }

    static String esc(String s) {
        return JunitReport.attr(s);
    }
}
