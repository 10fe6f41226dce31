package dev.mlbom.frameworks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.internal.Xml;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a {@link CoverageReport} as a text table, JSON, Markdown, or a self-contained HTML page
 * with a coverage heatmap (inline CSS only; no scripts, fonts or images). Output is deterministic
 * and uses {@code \n} line ends.
 *
 * <p>Stateless and thread-safe.
 */
public final class CoverageRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private CoverageRenderer() {
    }

    /**
     * A plain-text report: a summary table, then every entry with its evidence, the fields that
     * would close a gap, or why a manifest cannot evidence it.
     *
     * @param report the report
     * @return the text
     */
    public static String text(CoverageReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Framework coverage of ").append(report.subject()).append('\n');
        out.append("catalog ").append(report.mapping().catalog().version()).append(", mapping ")
                .append(report.mapping().version()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-16s %-9s %9s %5s %16s %9s\n", "framework", "function", "evidenced",
                "gaps", "not-by-manifest", "coverage"));
        for (CoverageSummary row : report.summary()) {
            out.append(String.format(Locale.ROOT, "%-16s %-9s %9d %5d %16d %8d%%", row.framework().id(),
                    row.function().map(Enum::name).orElse("(all)"), row.evidenced(), row.gaps(),
                    row.notEvidencedByManifest(), Math.round(row.coverage() * 100))).append('\n');
        }
        for (Framework framework : report.mapping().catalog().frameworks()) {
            out.append('\n').append(framework.name()).append(", ").append(framework.edition()).append('\n');
            for (EntryCoverage entry : entriesOf(report, framework)) {
                out.append(String.format(Locale.ROOT, "  %-10s %-13s %s", label(entry.status()), entry.entry().id(),
                        entry.entry().title())).append('\n');
                String detail = detail(entry);
                if (!detail.isEmpty()) {
                    out.append("  ").append(" ".repeat(25)).append(detail).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * A JSON document: subject, catalog and mapping versions, the summary rows and every entry.
     *
     * @param report the report
     * @return the JSON text, pretty-printed, ending with a newline
     */
    public static String json(CoverageReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("subject", report.subject());
        root.put("catalogVersion", report.mapping().catalog().version());
        root.put("mappingVersion", report.mapping().version());
        ArrayNode summary = root.putArray("summary");
        for (CoverageSummary row : report.summary()) {
            ObjectNode node = summary.addObject();
            node.put("framework", row.framework().id());
            row.function().ifPresent(f -> node.put("function", f.name()));
            node.put("evidenced", row.evidenced());
            node.put("gaps", row.gaps());
            node.put("notEvidencedByManifest", row.notEvidencedByManifest());
            node.put("total", row.total());
        }
        ArrayNode entries = root.putArray("entries");
        for (EntryCoverage entry : report.entries()) {
            ObjectNode node = entries.addObject();
            node.put("framework", entry.entry().framework().id());
            node.put("id", entry.entry().id());
            entry.entry().function().ifPresent(f -> node.put("function", f.name()));
            node.put("title", entry.entry().title());
            node.put("status", entry.status().name());
            ArrayNode by = node.putArray("evidencedBy");
            entry.evidencedBy().forEach(p -> by.add(p.value()));
            ArrayNode close = node.putArray("wouldClose");
            entry.wouldClose().forEach(p -> close.add(p.value()));
            entry.reason().ifPresent(r -> node.put("reason", r));
        }
        try {
            return PRETTY.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /**
     * A Markdown report: a summary table, then one table per framework.
     *
     * @param report the report
     * @return the Markdown text
     */
    public static String markdown(CoverageReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Framework coverage of `").append(report.subject()).append("`\n\n");
        out.append("Catalog ").append(report.mapping().catalog().version()).append(", mapping ")
                .append(report.mapping().version()).append(".\n\n");
        out.append("| Framework | Function | Evidenced | Gaps | Not evidenced by a manifest | Coverage |\n");
        out.append("|---|---|---:|---:|---:|---:|\n");
        for (CoverageSummary row : report.summary()) {
            out.append("| ").append(row.framework().id()).append(" | ")
                    .append(row.function().map(Enum::name).orElse("**all**")).append(" | ").append(row.evidenced())
                    .append(" | ").append(row.gaps()).append(" | ").append(row.notEvidencedByManifest()).append(" | ")
                    .append(Math.round(row.coverage() * 100)).append("% |\n");
        }
        for (Framework framework : report.mapping().catalog().frameworks()) {
            out.append("\n## ").append(md(framework.name())).append(", ").append(md(framework.edition())).append("\n\n");
            out.append("| Status | Entry | Title | Evidence, or what would close the gap |\n");
            out.append("|---|---|---|---|\n");
            for (EntryCoverage entry : entriesOf(report, framework)) {
                out.append("| ").append(label(entry.status())).append(" | ").append(md(entry.entry().id()))
                        .append(" | ").append(md(entry.entry().title())).append(" | ").append(md(detail(entry)))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /**
     * A self-contained HTML page: a heatmap of every entry by framework and function (green
     * evidenced, red gap, grey not evidenced by a manifest), the summary table shaded by coverage,
     * and the list of gaps with the fields that would close them. Inline CSS only; the page is
     * well-formed XML as well as HTML.
     *
     * @param report the report
     * @return the HTML document
     */
    public static String html(CoverageReport report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Framework coverage of ")
                .append(x(report.subject())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#111827}\n")
                .append("h1{font-size:20px}h2{font-size:16px;margin-top:28px}h3{font-size:13px;margin:10px 0 4px;"
                        + "color:#374151}\n")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d1d5db;padding:4px 8px;"
                        + "text-align:left}th{background:#f3f4f6}\n")
                .append(".grid{display:flex;flex-wrap:wrap;gap:4px}\n")
                .append(".cell{width:92px;height:38px;border-radius:4px;font-size:11px;padding:3px;box-sizing:border-box;"
                        + "overflow:hidden}\n")
                .append(".EVIDENCED{background:#16a34a;color:#ffffff}.GAP{background:#dc2626;color:#ffffff}"
                        + ".NOT_EVIDENCED_BY_MANIFEST{background:#e5e7eb;color:#4b5563}\n")
                .append(".legend span{display:inline-block;padding:2px 8px;margin-right:8px;border-radius:4px;"
                        + "font-size:12px}\n")
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>Framework coverage of <code>").append(x(report.subject())).append("</code></h1>\n");
        out.append("<p>Catalog ").append(x(report.mapping().catalog().version())).append(", mapping ")
                .append(x(report.mapping().version())).append(".</p>\n");
        out.append("<p class=\"legend\"><span class=\"EVIDENCED\">evidenced</span><span class=\"GAP\">gap</span>"
                + "<span class=\"NOT_EVIDENCED_BY_MANIFEST\">not evidenced by a manifest</span></p>\n");
        out.append("<table id=\"summary\">\n<tr><th>Framework</th><th>Function</th><th>Evidenced</th><th>Gaps</th>"
                + "<th>Not evidenced by a manifest</th><th>Coverage</th></tr>\n");
        for (CoverageSummary row : report.summary()) {
            long percent = Math.round(row.coverage() * 100);
            int hue = (int) Math.round(row.coverage() * 120);
            out.append("<tr><td>").append(x(row.framework().id())).append("</td><td>")
                    .append(row.function().map(Enum::name).orElse("all")).append("</td><td>").append(row.evidenced())
                    .append("</td><td>").append(row.gaps()).append("</td><td>").append(row.notEvidencedByManifest())
                    .append("</td><td style=\"background:hsl(").append(hue).append(",70%,80%)\">").append(percent)
                    .append("%</td></tr>\n");
        }
        out.append("</table>\n");
        out.append("<div id=\"heatmap\">\n");
        for (Framework framework : report.mapping().catalog().frameworks()) {
            out.append("<h2>").append(x(framework.name())).append(", ").append(x(framework.edition())).append("</h2>\n");
            List<EntryCoverage> entries = entriesOf(report, framework);
            List<Optional<RmfFunction>> groups = entries.stream().map(e -> e.entry().function()).distinct()
                    .collect(Collectors.toList());
            for (Optional<RmfFunction> group : groups) {
                group.ifPresent(f -> out.append("<h3>").append(f.name()).append("</h3>\n"));
                out.append("<div class=\"grid\">\n");
                for (EntryCoverage entry : entries) {
                    if (!entry.entry().function().equals(group)) {
                        continue;
                    }
                    out.append("<div class=\"cell ").append(entry.status().name()).append("\" title=\"")
                            .append(x(entry.entry().title() + " - " + label(entry.status()).toLowerCase(Locale.ROOT)
                                    + (detail(entry).isEmpty() ? "" : ": " + detail(entry))))
                            .append("\"><b>").append(x(entry.entry().id())).append("</b><br/>")
                            .append(x(label(entry.status()).toLowerCase(Locale.ROOT))).append("</div>\n");
                }
                out.append("</div>\n");
            }
        }
        out.append("</div>\n");
        out.append("<h2>Gaps and the fields that would close them</h2>\n");
        out.append("<table id=\"gaps\">\n<tr><th>Entry</th><th>Title</th><th>Fill any of</th></tr>\n");
        for (EntryCoverage gap : report.gaps()) {
            out.append("<tr><td>").append(x(gap.entry().ref())).append("</td><td>").append(x(gap.entry().title()))
                    .append("</td><td><code>")
                    .append(x(gap.wouldClose().stream().map(FieldPath::value).collect(Collectors.joining(", "))))
                    .append("</code></td></tr>\n");
        }
        out.append("</table>\n</body>\n</html>\n");
        return out.toString();
    }

    private static List<EntryCoverage> entriesOf(CoverageReport report, Framework framework) {
        return report.entries().stream().filter(e -> e.entry().framework().equals(framework)).toList();
    }

    private static String label(EntryCoverage.Status status) {
        return switch (status) {
            case EVIDENCED -> "EVIDENCED";
            case GAP -> "GAP";
            case NOT_EVIDENCED_BY_MANIFEST -> "N/A";
        };
    }

    private static String detail(EntryCoverage entry) {
        return switch (entry.status()) {
            case EVIDENCED -> "by " + paths(entry.evidencedBy());
            case GAP -> "close with any of " + paths(entry.wouldClose());
            case NOT_EVIDENCED_BY_MANIFEST -> "not evidenced by a manifest: " + entry.reason().orElse("");
        };
    }

    private static String paths(List<FieldPath> paths) {
        return paths.stream().map(FieldPath::value).collect(Collectors.joining(", "));
    }

    static String md(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String x(String text) {
        return Xml.escape(text);
    }
}
