package dev.mlbom.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mlbom.internal.Xml;
import dev.mlbom.lineage.internal.LayeredLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link LineageGraph} as plain text, as JSON, as Graphviz DOT, as a Mermaid flowchart, or as a self-contained
 * SVG that mlbom lays out itself (layered DAG layout; no external fonts, scripts or images).
 * Models are rounded blue boxes (dashed grey when their manifest is missing), datasets are amber
 * boxes with dashed edges; each edge carries its relation or role. Output is deterministic: nodes
 * are ordered by {@code name@version}, edges by their ends and label, whatever order the
 * manifests were added in. To draw one model's family out of a large graph, render
 * {@link LineageGraph#around(LineageNode)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineageRenderer {

    private static final int ID_CHARS = 12;
    private static final double CHAR_WIDTH = 7.0;
    private static final double BOX_HEIGHT = 40;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LineageRenderer() {
    }

    /**
     * Plain text, one block per model in graph order: its coordinates and manifest id (or
     * {@code (manifest not in this directory)} when missing), then one indented line per parent
     * ({@code fine-tune of acme/base@1}) and per dataset ({@code training tickets@2026-10}); then
     * one line per integrity issue ({@code warning: [MISSING_ANCESTOR] ...}). What
     * {@code mlbom lineage} prints.
     *
     * @param graph the graph
     * @return the text, every line ending in a line feed
     */
    public static String text(LineageGraph graph) {
        StringBuilder out = new StringBuilder();
        for (LineageNode node : graph.nodes()) {
            if (!node.isModel()) {
                continue;
            }
            out.append(node.coordinates());
            if (node.missing()) {
                out.append("  (manifest not in this directory)");
            } else {
                node.manifestId().ifPresent(id -> out.append("  ").append(id));
            }
            out.append('\n');
            for (LineageEdge edge : graph.parents(node)) {
                out.append("  ").append(edge.label()).append(" of ").append(edge.source().coordinates()).append('\n');
            }
            for (LineageEdge edge : graph.datasetsOf(node)) {
                out.append("  ").append(edge.label()).append(' ').append(edge.source().coordinates()).append('\n');
            }
        }
        for (IntegrityIssue issue : graph.integrity().issues()) {
            out.append(issue.severity().name().toLowerCase(Locale.ROOT)).append(": [")
                    .append(issue.reason()).append("] ").append(issue.message()).append('\n');
        }
        return out.toString();
    }

    /**
     * The graph as one indented JSON document, in a stable shape (members may be added in later
     * versions, never renamed or removed):
     *
     * <pre>{@code
     * {
     *   "nodes" : [ { "kind" : "model" | "dataset", "name" : ..., "version" : ... | null,
     *                 "manifestId" : "sha256:..." | null, "missing" : false } ],
     *   "edges" : [ { "from" : "name@version", "to" : "name@version",
     *                 "kind" : EdgeKind name, e.g. "FINE_TUNE", "label" : e.g. "fine-tune" } ],
     *   "issues" : [ { "reason" : e.g. "MISSING_ANCESTOR", "severity" : "ERROR" | "WARNING",
     *                  "message" : ... } ]
     * }
     * }</pre>
     *
     * Nodes and edges come in graph order. What {@code mlbom lineage --json} prints.
     *
     * @param graph the graph
     * @return the JSON text, without a final line feed
     */
    public static String json(LineageGraph graph) {
        List<Object> nodes = new ArrayList<>();
        for (LineageNode node : graph.nodes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
            n.put("name", node.name());
            n.put("version", node.version().orElse(null));
            n.put("manifestId", node.manifestId().map(Object::toString).orElse(null));
            n.put("missing", node.missing());
            nodes.add(n);
        }
        List<Object> edges = new ArrayList<>();
        for (LineageEdge edge : graph.edges()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("from", edge.source().coordinates());
            e.put("to", edge.target().coordinates());
            e.put("kind", edge.kind().name());
            e.put("label", edge.label());
            edges.add(e);
        }
        List<Object> issues = new ArrayList<>();
        for (IntegrityIssue issue : graph.integrity().issues()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("reason", issue.reason().name());
            i.put("severity", issue.severity().name());
            i.put("message", issue.message());
            issues.add(i);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("nodes", nodes);
        doc.put("edges", edges);
        doc.put("issues", issues);
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings cannot fail to serialize", e);
        }
    }

    /**
     * Graphviz DOT ({@code dot -Tsvg lineage.dot}).
     *
     * @param graph the graph
     * @return the DOT text
     */
    public static String dot(LineageGraph graph) {
        Sorted sorted = new Sorted(graph);
        StringBuilder out = new StringBuilder();
        out.append("digraph lineage {\n");
        out.append("  rankdir=TB;\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fontsize=11];\n");
        out.append("  edge [fontsize=10];\n");
        for (LineageNode node : sorted.nodes) {
            out.append("  ").append(sorted.id(node)).append(" [label=\"").append(dotEscape(node.coordinates()))
                    .append("\\n").append(dotEscape(subtitle(node))).append('"');
            if (!node.isModel()) {
                out.append(", shape=cylinder, style=filled, fillcolor=\"#fef3c7\", color=\"#b45309\"");
            } else if (node.missing()) {
                out.append(", style=\"rounded,dashed\", fillcolor=\"#f3f4f6\", color=\"#6b7280\"");
            } else {
                out.append(", fillcolor=\"#dbeafe\", color=\"#1d4ed8\"");
            }
            out.append("];\n");
        }
        for (LineageEdge edge : sorted.edges) {
            out.append("  ").append(sorted.id(edge.source())).append(" -> ").append(sorted.id(edge.target()))
                    .append(" [label=\"").append(dotEscape(edge.label())).append('"');
            if (!edge.kind().isLineage()) {
                out.append(", style=dashed, color=\"#b45309\"");
            }
            out.append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    /**
     * A Mermaid flowchart (renders in GitHub and GitLab Markdown inside a {@code mermaid} block).
     *
     * @param graph the graph
     * @return the Mermaid text
     */
    public static String mermaid(LineageGraph graph) {
        Sorted sorted = new Sorted(graph);
        StringBuilder out = new StringBuilder("flowchart TB\n");
        List<String> modelIds = new ArrayList<>();
        List<String> missingIds = new ArrayList<>();
        List<String> datasetIds = new ArrayList<>();
        for (LineageNode node : sorted.nodes) {
            String id = sorted.id(node);
            String label = mermaidEscape(node.coordinates()) + "<br/>" + mermaidEscape(subtitle(node));
            if (node.isModel()) {
                out.append("  ").append(id).append("[\"").append(label).append("\"]\n");
                (node.missing() ? missingIds : modelIds).add(id);
            } else {
                out.append("  ").append(id).append("[(\"").append(label).append("\")]\n");
                datasetIds.add(id);
            }
        }
        for (LineageEdge edge : sorted.edges) {
            out.append("  ").append(sorted.id(edge.source()))
                    .append(edge.kind().isLineage() ? " -->|\"" : " -.->|\"").append(mermaidEscape(edge.label()))
                    .append("\"| ").append(sorted.id(edge.target())).append('\n');
        }
        out.append("  classDef model fill:#dbeafe,stroke:#1d4ed8\n");
        out.append("  classDef missing fill:#f3f4f6,stroke:#6b7280,stroke-dasharray:4 3\n");
        out.append("  classDef dataset fill:#fef3c7,stroke:#b45309\n");
        appendClass(out, modelIds, "model");
        appendClass(out, missingIds, "missing");
        appendClass(out, datasetIds, "dataset");
        return out.toString();
    }

    private static void appendClass(StringBuilder out, List<String> ids, String name) {
        if (!ids.isEmpty()) {
            out.append("  class ").append(String.join(",", ids)).append(' ').append(name).append('\n');
        }
    }

    /**
     * A self-contained SVG drawing (inline styles only), laid out by mlbom: longest-path layers
     * top to bottom (parents and datasets above what derives from them), dummy nodes routing long
     * edges, barycentric crossing reduction. Each node carries a {@code <title>} with its full
     * manifest id.
     *
     * @param graph the graph
     * @return the SVG document
     */
    public static String svg(LineageGraph graph) {
        Sorted sorted = new Sorted(graph);
        int n = sorted.nodes.size();
        double[] widths = new double[n];
        boolean[] sink = new boolean[n];
        for (int i = 0; i < n; i++) {
            LineageNode node = sorted.nodes.get(i);
            int chars = Math.max(node.coordinates().length(), subtitle(node).length());
            widths[i] = Math.max(90, chars * CHAR_WIDTH + 20);
            sink[i] = !node.isModel();
        }
        int[] from = new int[sorted.edges.size()];
        int[] to = new int[sorted.edges.size()];
        for (int e = 0; e < from.length; e++) {
            from[e] = sorted.index.get(key(sorted.edges.get(e).source()));
            to[e] = sorted.index.get(key(sorted.edges.get(e).target()));
        }
        LayeredLayout.Result layout = new LayeredLayout(widths, sink, from, to).compute();
        double legendHeight = 40;
        double width = Math.max(420, layout.width() + LayeredLayout.NODE_GAP);
        double height = layout.height() + legendHeight;
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        out.append("  <title>mlbom lineage: ").append(count(graph, true)).append(" models, ")
                .append(count(graph, false)).append(" datasets</title>\n");
        out.append("  <defs>\n");
        out.append("    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#374151\"/>"
                + "</marker>\n");
        out.append("    <marker id=\"arrow-data\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#b45309\"/>"
                + "</marker>\n");
        out.append("  </defs>\n");
        out.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>\n");
        out.append("  <g id=\"edges\">\n");
        for (int e = 0; e < from.length; e++) {
            LineageEdge edge = sorted.edges.get(e);
            double[] route = clip(layout.route(e), widths[from[e]], widths[to[e]]);
            out.append("    <g class=\"edge\"><polyline points=\"");
            for (int i = 0; i < route.length; i += 2) {
                out.append(i == 0 ? "" : " ").append(num(route[i])).append(',').append(num(route[i + 1]));
            }
            boolean lineage = edge.kind().isLineage();
            out.append("\" fill=\"none\" stroke=\"").append(lineage ? "#374151" : "#b45309")
                    .append("\" stroke-width=\"1.4\"").append(lineage ? "" : " stroke-dasharray=\"5 3\"")
                    .append(" marker-end=\"url(#").append(lineage ? "arrow" : "arrow-data").append(")\"/>");
            int segment = (route.length / 2 - 1) / 2;
            double lx = (route[2 * segment] + route[2 * segment + 2]) / 2;
            double ly = (route[2 * segment + 1] + route[2 * segment + 3]) / 2;
            double lw = edge.label().length() * 6.0 + 8;
            out.append("<rect x=\"").append(num(lx - lw / 2)).append("\" y=\"").append(num(ly - 8))
                    .append("\" width=\"").append(num(lw)).append("\" height=\"15\" rx=\"3\" fill=\"#ffffff\""
                            + " fill-opacity=\"0.85\"/>");
            out.append("<text x=\"").append(num(lx)).append("\" y=\"").append(num(ly + 4))
                    .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"")
                    .append(lineage ? "#111827" : "#92400e").append("\">").append(Xml.escape(edge.label()))
                    .append("</text></g>\n");
        }
        out.append("  </g>\n");
        out.append("  <g id=\"nodes\">\n");
        for (int i = 0; i < n; i++) {
            LineageNode node = sorted.nodes.get(i);
            double cx = layout.x(i);
            double cy = layout.y(i);
            double w = widths[i];
            String fill;
            String stroke;
            String extra = "";
            if (!node.isModel()) {
                fill = "#fef3c7";
                stroke = "#b45309";
            } else if (node.missing()) {
                fill = "#f3f4f6";
                stroke = "#6b7280";
                extra = " stroke-dasharray=\"4 3\"";
            } else {
                fill = "#dbeafe";
                stroke = "#1d4ed8";
            }
            out.append("    <g class=\"").append(node.isModel() ? (node.missing() ? "model missing" : "model")
                    : "dataset").append("\"><title>").append(Xml.escape(tooltip(node))).append("</title>");
            out.append("<rect x=\"").append(num(cx - w / 2)).append("\" y=\"").append(num(cy - BOX_HEIGHT / 2))
                    .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(BOX_HEIGHT))
                    .append("\" rx=\"").append(node.isModel() ? "8" : "2").append("\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"").append(extra).append("/>");
            out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy - 3))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#111827\">")
                    .append(Xml.escape(node.coordinates())).append("</text>");
            out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 12))
                    .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#4b5563\">")
                    .append(Xml.escape(subtitle(node))).append("</text></g>\n");
        }
        out.append("  </g>\n");
        double ly = layout.height() + 14;
        out.append("  <g id=\"legend\" font-size=\"11\">");
        out.append("<rect x=\"10\" y=\"").append(num(ly - 10)).append("\" width=\"14\" height=\"12\" rx=\"3\""
                + " fill=\"#dbeafe\" stroke=\"#1d4ed8\"/><text x=\"30\" y=\"").append(num(ly)).append("\">model</text>");
        out.append("<rect x=\"80\" y=\"").append(num(ly - 10)).append("\" width=\"14\" height=\"12\" rx=\"3\""
                + " fill=\"#f3f4f6\" stroke=\"#6b7280\" stroke-dasharray=\"4 3\"/><text x=\"100\" y=\"")
                .append(num(ly)).append("\">manifest missing</text>");
        out.append("<rect x=\"210\" y=\"").append(num(ly - 10)).append("\" width=\"14\" height=\"12\""
                + " fill=\"#fef3c7\" stroke=\"#b45309\"/><text x=\"230\" y=\"").append(num(ly))
                .append("\">dataset</text>");
        out.append("</g>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    /** Shortens the first and last segment so lines start and end at the boxes' edges. */
    private static double[] clip(double[] route, double fromWidth, double toWidth) {
        double[] r = route.clone();
        int last = r.length - 2;
        clipEnd(r, 0, 2, fromWidth);
        clipEnd(r, last, last - 2, toWidth);
        return r;
    }

    private static void clipEnd(double[] r, int end, int towards, double boxWidth) {
        double dx = r[towards] - r[end];
        double dy = r[towards + 1] - r[end + 1];
        if (dx == 0 && dy == 0) {
            return;
        }
        double halfW = boxWidth / 2;
        double halfH = BOX_HEIGHT / 2 + 1;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
        t = Math.min(t, 0.49);
        r[end] += dx * t;
        r[end + 1] += dy * t;
    }

    private static int count(LineageGraph graph, boolean models) {
        int count = 0;
        for (LineageNode node : graph.nodes()) {
            if (node.isModel() == models) {
                count++;
            }
        }
        return count;
    }

    private static String subtitle(LineageNode node) {
        if (!node.isModel()) {
            return "dataset";
        }
        if (node.missing()) {
            return "manifest missing";
        }
        String id = node.manifestId().orElseThrow().value();
        return id.substring(0, "sha256:".length() + ID_CHARS);
    }

    private static String tooltip(LineageNode node) {
        if (!node.isModel()) {
            return "dataset " + node.coordinates();
        }
        return "model " + node.coordinates() + (node.missing() ? " (manifest missing)" : "")
                + node.manifestId().map(id -> " " + id.value()).orElse("");
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String dotEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String mermaidEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '|' -> out.append("#124;");
                case '#' -> out.append("#35;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String key(LineageNode node) {
        return (node.isModel() ? "m:" : "d:") + node.coordinates();
    }

    /** Nodes and edges in a deterministic order, with short ids. */
    private static final class Sorted {
        final List<LineageNode> nodes;
        final List<LineageEdge> edges;
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, String> ids = new HashMap<>();

        Sorted(LineageGraph graph) {
            nodes = new ArrayList<>(graph.nodes());
            nodes.sort(Comparator.comparing(LineageNode::coordinates).thenComparing(LineageNode::kind));
            int models = 0;
            int datasets = 0;
            for (int i = 0; i < nodes.size(); i++) {
                LineageNode node = nodes.get(i);
                index.put(key(node), i);
                ids.put(key(node), node.isModel() ? "m" + models++ : "d" + datasets++);
            }
            edges = new ArrayList<>(graph.edges());
            edges.sort(Comparator.comparing((LineageEdge e) -> index.get(key(e.source())))
                    .thenComparing(e -> index.get(key(e.target()))).thenComparing(LineageEdge::label));
        }

        String id(LineageNode node) {
            return ids.get(key(node));
        }
    }
}
