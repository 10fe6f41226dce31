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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a {@link CoverageReport} as a text table, JSON, Markdown, or a self-contained HTML page
 * with a coverage heatmap (inline CSS only; no scripts, fonts or images). Output is deterministic
 * and uses {@code \n} line ends, except that {@link #html(CoverageReport)} stamps the current time
 * as the generation date (pass an {@link Attestation} to fix it).
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
     * A self-contained HTML page, as {@link #html(CoverageReport, Attestation)} with no
     * verification ("not verified") and the current time as the generation date.
     *
     * @param report the report
     * @return the HTML document
     */
    public static String html(CoverageReport report) {
        return html(report, Attestation.notVerified(Instant.now()));
    }

    /**
     * A self-contained HTML page meant to be handed on, on screen or printed: the record's identity
     * (model, manifest id), its signature and verification result ("not verified" when none was
     * done), the generation date; the summary with every percentage's denominator stated; a heatmap
     * of every entry (green evidenced, red gap, grey not evidenced by a manifest); every evidenced
     * entry with its fields and their values; the gaps with the fields that would close them; and the
     * entries that need organisational evidence, listed separately. Nothing is shown only on hover;
     * a print stylesheet keeps entries whole across pages. Inline CSS only; the page is well-formed
     * XML as well as HTML.
     *
     * @param report the report
     * @param attestation the signature, verification and generation facts to print
     * @return the HTML document
     */
    public static String html(CoverageReport report, Attestation attestation) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Framework coverage of ")
                .append(x(report.subject())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>Framework coverage of <code>").append(x(report.subject())).append("</code></h1>\n");
        record(out, report, attestation);
        summary(out, report);
        heatmap(out, report);
        evidenced(out, report);
        out.append("<h2 id=\"gaps-heading\">Gaps and the fields that would close them</h2>\n");
        if (report.gaps().isEmpty()) {
            out.append("<p>No gaps: every entry a manifest can evidence is evidenced.</p>\n");
        }
        out.append("<table id=\"gaps\">\n<thead><tr><th>Entry</th><th>Title</th><th>Fill any of</th></tr></thead>\n<tbody>\n");
        for (EntryCoverage gap : report.gaps()) {
            out.append("<tr><td>").append(x(gap.entry().ref())).append("</td><td>").append(x(gap.entry().title()))
                    .append("</td><td><code>")
                    .append(x(gap.wouldClose().stream().map(FieldPath::value).collect(Collectors.joining(", "))))
                    .append("</code></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append("<h2>Entries that need organisational evidence</h2>\n<p>No manifest field can show these; they are "
                + "not counted in the percentages above. Evidence them with the organisation's own records.</p>\n");
        out.append("<table id=\"organisational\">\n<thead><tr><th>Entry</th><th>Title</th><th>Why a manifest cannot "
                + "show it</th></tr></thead>\n<tbody>\n");
        for (EntryCoverage entry : report.entries()) {
            if (entry.status() == EntryCoverage.Status.NOT_EVIDENCED_BY_MANIFEST) {
                out.append("<tr><td>").append(x(entry.entry().ref())).append("</td><td>").append(x(entry.entry().title()))
                        .append("</td><td>").append(x(entry.reason().orElse(""))).append("</td></tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n");
        out.append("<p class=\"footer\">Generated ").append(x(DATE.format(attestation.generatedAt())))
                .append(" by mlbom from manifest <code>").append(x(report.manifestId().value())).append("</code>.</p>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,sans-serif;margin:24px;color:#111827;font-size:14px;line-height:1.4}",
            "h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin-top:28px}h3{font-size:15px;margin:14px 0 6px;"
                    + "color:#1f2937}h4{font-size:14px;margin:0 0 4px}",
            "code{font-family:ui-monospace,monospace;font-size:13px;overflow-wrap:anywhere}",
            "table{border-collapse:collapse;font-size:13px;margin:6px 0}td,th{border:1px solid #9ca3af;padding:4px 8px;"
                    + "text-align:left;vertical-align:top}th{background:#f3f4f6}",
            "td.num{text-align:right}",
            "#record th{width:150px}",
            ".ok{color:#166534;font-weight:bold}.bad{color:#991b1b;font-weight:bold}.none{color:#92400e;"
                    + "font-weight:bold}",
            ".grid{display:flex;flex-wrap:wrap;gap:4px}",
            ".cell{min-width:100px;min-height:40px;border-radius:4px;font-size:12px;padding:4px 6px;box-sizing:border-box;"
                    + "border:1px solid #374151;white-space:nowrap}",
            ".cell b{display:block}",
            ".EVIDENCED{background:#15803d;color:#ffffff}.GAP{background:#b91c1c;color:#ffffff}"
                    + ".NOT_EVIDENCED_BY_MANIFEST{background:#e5e7eb;color:#1f2937}",
            ".legend span{display:inline-block;padding:2px 8px;margin-right:8px;border-radius:4px;font-size:13px;"
                    + "border:1px solid #374151}",
            ".entry{border:1px solid #d1d5db;border-left:6px solid #15803d;padding:8px 10px;margin:8px 0}",
            ".entry table{width:100%;table-layout:fixed}.entry th:first-child,.entry td:first-child{width:32%}",
            ".entry td{overflow-wrap:anywhere}",
            "#summary td:first-child,#summary td:nth-child(2){white-space:nowrap}",
            ".closers{color:#4b5563;margin:4px 0 0}",
            ".footer{color:#4b5563;margin-top:24px}",
            "@media print{",
            "  @page{size:A4;margin:14mm}",
            "  body{margin:0;font-size:11pt}",
            "  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            "  h2,h3,h4{break-after:avoid;page-break-after:avoid}",
            "  .entry,tr,.cell,.denominators li{break-inside:avoid;page-break-inside:avoid}",
            "  thead{display:table-header-group}",
            "  #heatmap{break-before:auto}",
            "  #evidenced{break-before:page;page-break-before:always}",
            "}",
            "");

    private static void record(StringBuilder out, CoverageReport report, Attestation attestation) {
        out.append("<table id=\"record\">\n");
        row(out, "Model", "<code>" + x(report.subject()) + "</code>");
        row(out, "Manifest id", "<code>" + x(report.manifestId().value()) + "</code>");
        String signature;
        String verification;
        switch (attestation.outcome()) {
            case VERIFIED -> {
                signature = "signed by " + (attestation.signerKeyIds().isEmpty() ? "(no key id)"
                        : attestation.signerKeyIds().stream().map(k -> "<code>" + x(k) + "</code>")
                                .collect(Collectors.joining(", ")))
                        + attestation.signedAt().map(t -> ", signed " + x(DATE.format(t))).orElse(", signing time not stated");
                verification = "<span class=\"ok\">verified</span>: every check passed"
                        + attestation.verifiedAt().map(t -> ", " + x(DATE.format(t))).orElse("");
            }
            case FAILED -> {
                signature = "not established: the verification failed";
                verification = "<span class=\"bad\">verification failed</span>"
                        + attestation.verifiedAt().map(t -> ", " + x(DATE.format(t))).orElse("")
                        + attestation.detail().map(d -> ": " + x(d)).orElse("");
            }
            default -> {
                signature = "not checked";
                verification = "<span class=\"none\">not verified</span>: this page was made from the manifest alone; "
                        + "its signature and the model files were not checked";
            }
        }
        row(out, "Signature", signature);
        row(out, "Verification", verification);
        row(out, "Catalog, mapping", x(report.mapping().catalog().version()) + ", " + x(report.mapping().version()));
        row(out, "Generated", x(DATE.format(attestation.generatedAt())));
        out.append("</table>\n");
    }

    private static void row(StringBuilder out, String name, String html) {
        out.append("<tr><th>").append(name).append("</th><td>").append(html).append("</td></tr>\n");
    }

    /**
     * The denominator sentence of a framework's summary row: the share is of the entries a
     * manifest can evidence; the rest are named as needing organisational evidence.
     *
     * @param row a summary row
     * @return e.g. {@code 12 of 24 entries a manifest can evidence are evidenced; 48 more need
     *     organisational evidence and are listed separately}
     */
    static String denominator(CoverageSummary row) {
        int evidenceable = row.evidenced() + row.gaps();
        return row.evidenced() + " of " + evidenceable + " entries a manifest can evidence are evidenced; "
                + row.notEvidencedByManifest() + " more need organisational evidence and are listed separately";
    }

    private static void summary(StringBuilder out, CoverageReport report) {
        out.append("<h2>Summary</h2>\n<p>Each percentage is of the entries a manifest <em>can</em> evidence (evidenced "
                + "plus gaps). Entries that need organisational evidence are not in it; they are counted in their own "
                + "column and listed at the end.</p>\n");
        out.append("<ul class=\"denominators\">\n");
        for (CoverageSummary row : report.summary()) {
            if (row.function().isEmpty()) {
                out.append("<li><b>").append(x(row.framework().id())).append("</b>: ")
                        .append(Math.round(row.coverage() * 100)).append("% &#8212; ").append(denominator(row))
                        .append(".</li>\n");
            }
        }
        out.append("</ul>\n");
        out.append("<table id=\"summary\">\n<thead><tr><th>Framework</th><th>Function</th><th>Evidenced</th><th>Gaps</th>"
                + "<th>Coverage (of entries a manifest can evidence)</th><th>Need organisational evidence</th>"
                + "<th>Total</th></tr></thead>\n<tbody>\n");
        for (CoverageSummary row : report.summary()) {
            long percent = Math.round(row.coverage() * 100);
            int evidenceable = row.evidenced() + row.gaps();
            int hue = (int) Math.round(row.coverage() * 120);
            out.append("<tr><td>").append(x(row.framework().id())).append("</td><td>")
                    .append(row.function().map(Enum::name).orElse("all")).append("</td><td class=\"num\">")
                    .append(row.evidenced()).append("</td><td class=\"num\">").append(row.gaps())
                    .append("</td><td class=\"num\" style=\"background:hsl(").append(hue).append(",70%,85%)\">")
                    .append(evidenceable == 0 ? "n/a (0 of 0)" : percent + "% (" + row.evidenced() + " of " + evidenceable + ")")
                    .append("</td><td class=\"num\">").append(row.notEvidencedByManifest())
                    .append("</td><td class=\"num\">").append(row.total()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void heatmap(StringBuilder out, CoverageReport report) {
        out.append("<h2>Heatmap</h2>\n");
        out.append("<p class=\"legend\"><span class=\"EVIDENCED\">evidenced</span><span class=\"GAP\">gap</span>"
                + "<span class=\"NOT_EVIDENCED_BY_MANIFEST\">needs organisational evidence</span></p>\n");
        out.append("<div id=\"heatmap\">\n");
        for (Framework framework : report.mapping().catalog().frameworks()) {
            out.append("<h3>").append(x(framework.name())).append(", ").append(x(framework.edition())).append("</h3>\n");
            List<EntryCoverage> entries = entriesOf(report, framework);
            List<Optional<RmfFunction>> groups = entries.stream().map(e -> e.entry().function()).distinct()
                    .collect(Collectors.toList());
            for (Optional<RmfFunction> group : groups) {
                group.ifPresent(f -> out.append("<h4>").append(f.name()).append("</h4>\n"));
                out.append("<div class=\"grid\">\n");
                for (EntryCoverage entry : entries) {
                    if (entry.entry().function().equals(group)) {
                        out.append("<div class=\"cell ").append(entry.status().name()).append("\"><b>")
                                .append(x(entry.entry().id())).append("</b>").append(tile(entry.status())).append("</div>\n");
                    }
                }
                out.append("</div>\n");
            }
        }
        out.append("</div>\n");
    }

    private static String tile(EntryCoverage.Status status) {
        return switch (status) {
            case EVIDENCED -> "evidenced";
            case GAP -> "gap";
            case NOT_EVIDENCED_BY_MANIFEST -> "organisational";
        };
    }

    private static void evidenced(StringBuilder out, CoverageReport report) {
        out.append("<div id=\"evidenced\">\n<h2>Evidenced entries, with the fields and values that evidence them</h2>\n");
        boolean any = false;
        for (Framework framework : report.mapping().catalog().frameworks()) {
            List<EntryCoverage> entries = entriesOf(report, framework).stream()
                    .filter(e -> e.status() == EntryCoverage.Status.EVIDENCED).toList();
            if (entries.isEmpty()) {
                continue;
            }
            any = true;
            out.append("<h3>").append(x(framework.name())).append(", ").append(x(framework.edition())).append("</h3>\n");
            for (EntryCoverage entry : entries) {
                out.append("<div class=\"entry\">\n<h4>").append(x(entry.entry().ref())).append(": ")
                        .append(x(entry.entry().title())).append("</h4>\n<table>\n<thead><tr><th>Field</th><th>Value in the "
                                + "manifest</th></tr></thead>\n<tbody>\n");
                for (FieldPath path : entry.evidencedBy()) {
                    List<java.util.Map.Entry<String, String>> values = report.valuesOf(path);
                    if (values.isEmpty()) {
                        out.append("<tr><td><code>").append(x(path.value())).append("</code></td><td>(populated)</td></tr>\n");
                    }
                    int shown = 0;
                    for (java.util.Map.Entry<String, String> value : values) {
                        if (shown == MAX_VALUES) {
                            out.append("<tr><td><code>").append(x(path.value())).append("</code></td><td>and ")
                                    .append(values.size() - MAX_VALUES).append(" more</td></tr>\n");
                            break;
                        }
                        out.append("<tr><td><code>").append(x(value.getKey())).append("</code></td><td>")
                                .append(x(shorten(value.getValue()))).append("</td></tr>\n");
                        shown++;
                    }
                }
                out.append("</tbody>\n</table>\n");
                if (!entry.wouldClose().isEmpty()) {
                    out.append("<p class=\"closers\">Also mapped, not populated: <code>").append(x(paths(entry.wouldClose())))
                            .append("</code></p>\n");
                }
                out.append("</div>\n");
            }
        }
        if (!any) {
            out.append("<p>None: the manifest evidences no entry.</p>\n");
        }
        out.append("</div>\n");
    }

    private static final int MAX_VALUES = 12;
    private static final int MAX_VALUE_CHARS = 400;

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_CHARS ? value
                : value.substring(0, MAX_VALUE_CHARS) + "... (" + value.length() + " characters)";
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
