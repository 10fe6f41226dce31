package dev.mlbom.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mlbom.internal.Xml;
import dev.mlbom.lineage.internal.LayeredLayout;
import dev.mlbom.model.ManifestId;
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
 * Models are rounded boxes, green when verified, blue when not, dashed grey when their manifest is
 * missing (see {@link #svg(LineageGraph, Map)}); datasets are amber boxes with dotted edges; each
 * edge carries its relation or role. Output is deterministic: nodes
 * are ordered by {@code name@version}, edges by their ends and label, whatever order the
 * manifests were added in. To draw one model's family out of a large graph, render
 * {@link LineageGraph#around(LineageNode)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineageRenderer {

    private static final int ID_CHARS = 12;

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
     * A self-contained SVG drawing, as {@link #svg(LineageGraph, Map)} with no verification
     * results: every present model is marked "not verified".
     *
     * @param graph the graph
     * @return the SVG document
     */
    public static String svg(LineageGraph graph) {
        return svg(graph, Map.of());
    }

    /**
     * A self-contained SVG drawing (inline styles only), laid out by mlbom: longest-path layers
     * top to bottom (parents and datasets above what derives from them), a routing point per layer
     * for edges that span several, barycentric crossing reduction. Edges run between layers and
     * pass a layer only through the space reserved for them, so no edge crosses a box other than
     * its ends; edge labels sit in rows above the box they point into, so no label overlaps another
     * label or a box. Text is at least 14 px. Each model is marked verified, not verified or
     * missing (a parent whose manifest is not in the graph: dashed box, dashed edges), with a
     * legend; each node carries a {@code <title>} with its full manifest id.
     *
     * @param graph the graph
     * @param statuses verification results by manifest id; a present model with no entry is drawn
     *     "not verified"; a missing model is always "missing"
     * @return the SVG document
     */
    public static String svg(LineageGraph graph, Map<ManifestId, NodeStatus> statuses) {
        return write(scene(graph, statuses));
    }

    // ---- geometry ---------------------------------------------------------------------------

    static final double FONT = 14;
    static final double TITLE_FONT = 18;
    /**
     * A generous estimate of a text's width at 14 px, from per-character advances of the widest
     * common sans-serif fallback (DejaVu Sans); bold is 10% wider.
     */
    static double textWidth(String text, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("mwMW@%".indexOf(c) >= 0) {
                em += 1.0;
            } else if ("iljI.,:;'|!".indexOf(c) >= 0) {
                em += 0.32;
            } else if ("ftr-/()[] ".indexOf(c) >= 0) {
                em += 0.42;
            } else if (Character.isUpperCase(c)) {
                em += 0.78;
            } else {
                em += 0.66;
            }
        }
        return Math.ceil(em * FONT * (bold ? 1.1 : 1.0));
    }
    static final double LINE = 19;
    static final double BOX_HEIGHT = 72;
    static final double DIAGONAL = 44;
    static final double ROW = 26;
    static final double ZONE_MIN = 14;
    static final double MARGIN = 20;

    /** A rectangle. */
    record Rect(double x, double y, double w, double h) {
        boolean overlaps(Rect o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        Rect shift(double dx) {
            return new Rect(x + dx, y, w, h);
        }
    }

    /** A piece of text and the rectangle it occupies; owner is the node whose box holds it, or -1. */
    record Label(String text, Rect rect, double x, double baseline, int owner, String role) {
        Label shift(double dx) {
            return new Label(text, rect.shift(dx), x + dx, baseline, owner, role);
        }
    }

    /** An edge's polyline from its source's box to its target's box. */
    record Route(int source, int target, double[] points) {
        Route shift(double dx) {
            double[] p = points.clone();
            for (int i = 0; i < p.length; i += 2) {
                p[i] += dx;
            }
            return new Route(source, target, p);
        }
    }

    /** Everything the SVG draws, in the sorted node and edge order. */
    record Scene(double width, double height, List<LineageNode> nodes, List<LineageEdge> edges, List<NodeStatus> status,
            List<Rect> boxes, List<List<Label>> nodeLabels, List<Route> routes, List<Label> edgeLabels,
            List<Label> header, List<Legend> legend) {

        List<Label> allLabels() {
            List<Label> all = new ArrayList<>(header);
            nodeLabels.forEach(all::addAll);
            all.addAll(edgeLabels);
            legend.forEach(l -> all.add(l.label()));
            return all;
        }
    }

    /** A legend item: its swatch and its text. */
    record Legend(String kind, Rect swatch, Label label) {
    }

    static Scene scene(LineageGraph graph, Map<ManifestId, NodeStatus> statuses) {
        Sorted sorted = new Sorted(graph);
        int n = sorted.nodes.size();
        List<NodeStatus> status = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        double[] widths = new double[n];
        boolean[] sink = new boolean[n];
        for (int i = 0; i < n; i++) {
            LineageNode node = sorted.nodes.get(i);
            NodeStatus st = !node.isModel() ? null : node.missing() ? NodeStatus.MISSING
                    : statuses.getOrDefault(node.manifestId().orElseThrow(), NodeStatus.UNVERIFIED);
            if (st == NodeStatus.MISSING && !node.missing()) {
                st = NodeStatus.UNVERIFIED;
            }
            status.add(st);
            List<String> text = new ArrayList<>();
            text.add(node.coordinates());
            text.add(subtitle(node));
            if (st != null) {
                text.add(statusText(st));
            }
            lines.add(text);
            double w = textWidth(text.get(0), true);
            for (int k = 1; k < text.size(); k++) {
                w = Math.max(w, textWidth(text.get(k), false));
            }
            widths[i] = Math.max(120, Math.ceil(w + 28));
            sink[i] = !node.isModel();
        }
        int m = sorted.edges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = sorted.index.get(key(sorted.edges.get(e).source()));
            to[e] = sorted.index.get(key(sorted.edges.get(e).target()));
        }
        LayeredLayout.Result layout = new LayeredLayout(widths, sink, from, to).compute();
        int layers = layout.layerCount();

        // ports: where edges leave a box's bottom or enter its top, spread along the side
        List<List<double[]>> bottomPorts = new ArrayList<>();
        List<List<double[]>> topPorts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bottomPorts.add(new ArrayList<>());
            topPorts.add(new ArrayList<>());
        }
        int[][] chains = new int[m][];
        boolean[] flat = new boolean[m];
        for (int e = 0; e < m; e++) {
            int[] chain = layout.chain(e);
            chains[e] = chain;
            int upper = chain[0];
            int lower = chain[chain.length - 1];
            flat[e] = layout.layer(upper) == layout.layer(lower);
            if (flat[e]) {
                // drawn above the layer: both ends on the top side
                topPorts.get(from[e]).add(new double[] {e, layout.vertexX(to[e]) - 0.5, 0});
                topPorts.get(to[e]).add(new double[] {e, layout.vertexX(from[e]) + 0.5, 1});
            } else {
                bottomPorts.get(upper).add(new double[] {e, layout.vertexX(chain[1]), 0});
                topPorts.get(lower).add(new double[] {e, layout.vertexX(chain[chain.length - 2]), 1});
            }
        }
        double[] bottomPort = new double[m];
        double[][] topPort = new double[m][2];
        for (int i = 0; i < n; i++) {
            spread(bottomPorts.get(i), layout.vertexX(i), widths[i], (e, end, x) -> bottomPort[e] = x);
            spread(topPorts.get(i), layout.vertexX(i), widths[i], (e, end, x) -> topPort[e][end] = x);
        }

        // edge labels: in rows in the zone above the box each edge points into (the lower end)
        double[] labelX = new double[m];
        double[] labelW = new double[m];
        int[] labelLayer = new int[m];
        int[] labelRow = new int[m];
        List<List<Integer>> zone = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            zone.add(new ArrayList<>());
        }
        for (int e = 0; e < m; e++) {
            int lower = chains[e][chains[e].length - 1];
            labelLayer[e] = layout.layer(lower);
            labelX[e] = flat[e] ? (topPort[e][0] + topPort[e][1]) / 2 : topPort[e][1];
            labelW[e] = textWidth(sorted.edges.get(e).label(), false) + 14;
            zone.get(labelLayer[e]).add(e);
        }
        int[] rows = new int[layers];
        for (int l = 0; l < layers; l++) {
            List<Integer> here = zone.get(l);
            here.sort(Comparator.comparingDouble((Integer e) -> labelX[e] - labelW[e] / 2).thenComparingInt(e -> e));
            List<Double> rowEnd = new ArrayList<>();
            for (int e : here) {
                double left = labelX[e] - labelW[e] / 2;
                int row = 0;
                while (row < rowEnd.size() && left < rowEnd.get(row) + 8) {
                    row++;
                }
                if (row == rowEnd.size()) {
                    rowEnd.add(0.0);
                }
                rowEnd.set(row, labelX[e] + labelW[e] / 2);
                labelRow[e] = row;
            }
            rows[l] = rowEnd.size();
        }

        // horizontal extent, to size the legend before the vertical layout
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, layout.vertexX(i) - widths[i] / 2);
            maxX = Math.max(maxX, layout.vertexX(i) + widths[i] / 2);
        }
        for (int e = 0; e < m; e++) {
            minX = Math.min(minX, labelX[e] - labelW[e] / 2);
            maxX = Math.max(maxX, labelX[e] + labelW[e] / 2);
            for (int v : chains[e]) {
                minX = Math.min(minX, layout.vertexX(v));
                maxX = Math.max(maxX, layout.vertexX(v));
            }
        }
        if (n == 0) {
            minX = 0;
            maxX = 0;
        }
        double dx = MARGIN - minX;
        double width = Math.max(640, maxX + dx + MARGIN);

        // header: title, then the legend wrapped to the width
        List<Label> header = new ArrayList<>();
        String title = "Lineage: " + count(graph, true) + " models, " + count(graph, false) + " datasets";
        header.add(new Label(title, new Rect(MARGIN, MARGIN, textWidth(title, true) * TITLE_FONT / FONT, 24),
                MARGIN, MARGIN + 18, -1, "title"));
        List<Legend> legend = new ArrayList<>();
        String[][] items = {{"verified", "model, verified"}, {"unverified", "model, not verified"},
            {"missing", "model, manifest missing"}, {"dataset", "dataset"}, {"edge", "derived from"},
            {"edge-missing", "from a missing ancestor"}, {"edge-data", "dataset use"}};
        double lx = MARGIN;
        double ly = MARGIN + 34;
        for (String[] item : items) {
            double tw = textWidth(item[1], false);
            double itemW = 30 + tw + 22;
            if (lx > MARGIN && lx + itemW > width - MARGIN) {
                lx = MARGIN;
                ly += 26;
            }
            Rect swatch = new Rect(lx, ly + 3, 24, 16);
            Label text = new Label(item[1], new Rect(lx + 30, ly + 2, tw, 18), lx + 30, ly + 16, -1, "legend");
            legend.add(new Legend(item[0], swatch, text));
            lx += itemW;
        }
        double headerBottom = ly + 26 + 12;

        // vertical layout: each layer is its label zone then its boxes, then the diagonal gap
        double[] zoneTop = new double[layers];
        double[] top = new double[layers];
        double y = headerBottom;
        for (int l = 0; l < layers; l++) {
            zoneTop[l] = y;
            double zoneHeight = rows[l] == 0 ? (l == 0 ? 0 : ZONE_MIN) : rows[l] * ROW + 10;
            top[l] = y + zoneHeight;
            y = top[l] + BOX_HEIGHT + DIAGONAL;
        }
        double height = y - DIAGONAL + MARGIN + 10;

        List<Rect> boxes = new ArrayList<>();
        List<List<Label>> nodeLabels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double cx = layout.vertexX(i) + dx;
            double boxTop = top[layout.layer(i)];
            boxes.add(new Rect(cx - widths[i] / 2, boxTop, widths[i], BOX_HEIGHT));
            List<String> text = lines.get(i);
            double first = boxTop + BOX_HEIGHT / 2 - (text.size() - 1) * LINE / 2 + 5;
            List<Label> mine = new ArrayList<>();
            for (int k = 0; k < text.size(); k++) {
                double tw = textWidth(text.get(k), k == 0);
                double baseline = first + k * LINE;
                mine.add(new Label(text.get(k), new Rect(cx - tw / 2, baseline - 13, tw, 17), cx, baseline, i,
                        k == 0 ? "name" : k == 1 ? "id" : "status"));
            }
            nodeLabels.add(mine);
        }
        List<Route> routes = new ArrayList<>();
        List<Label> edgeLabels = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            int[] chain = chains[e];
            int lowerLayer = layout.layer(chain[chain.length - 1]);
            double rowY = zoneTop[lowerLayer] + 6 + labelRow[e] * ROW + ROW / 2;
            List<double[]> pts = new ArrayList<>();
            if (flat[e]) {
                double t = top[lowerLayer];
                pts.add(new double[] {topPort[e][0], t});
                pts.add(new double[] {topPort[e][0], rowY});
                pts.add(new double[] {topPort[e][1], rowY});
                pts.add(new double[] {topPort[e][1], t});
            } else {
                int upper = chain[0];
                int lower = chain[chain.length - 1];
                pts.add(new double[] {bottomPort[e], top[layout.layer(upper)] + BOX_HEIGHT});
                for (int k = 1; k < chain.length - 1; k++) {
                    int l = layout.layer(chain[k]);
                    double vx = layout.vertexX(chain[k]);
                    pts.add(new double[] {vx, zoneTop[l]});
                    pts.add(new double[] {vx, top[l] + BOX_HEIGHT});
                }
                pts.add(new double[] {topPort[e][1], zoneTop[lowerLayer]});
                pts.add(new double[] {topPort[e][1], top[lowerLayer]});
                if (layout.reversed(e)) {
                    java.util.Collections.reverse(pts);
                }
            }
            double[] flatPts = new double[pts.size() * 2];
            for (int k = 0; k < pts.size(); k++) {
                flatPts[2 * k] = pts.get(k)[0] + dx;
                flatPts[2 * k + 1] = pts.get(k)[1];
            }
            routes.add(new Route(from[e], to[e], dedupe(flatPts)));
            double cx = labelX[e] + dx;
            edgeLabels.add(new Label(sorted.edges.get(e).label(), new Rect(cx - labelW[e] / 2, rowY - 10, labelW[e], 20),
                    cx, rowY + 5, -1, "edge"));
        }
        return new Scene(width, height, List.copyOf(sorted.nodes), List.copyOf(sorted.edges),
                java.util.Collections.unmodifiableList(status), boxes, nodeLabels, routes, edgeLabels, header, legend);
    }

    private interface PortSink {
        void put(int edge, int end, double x);
    }

    /** Spreads ports along a side, ordered by where the edge goes, at most 18 px apart. */
    private static void spread(List<double[]> ports, double cx, double width, PortSink sink) {
        ports.sort(Comparator.comparingDouble((double[] p) -> p[1]).thenComparingDouble(p -> p[0]));
        int k = ports.size();
        double spacing = k <= 1 ? 0 : Math.min(18, (width - 24) / (k - 1));
        for (int i = 0; i < k; i++) {
            sink.put((int) ports.get(i)[0], (int) ports.get(i)[2], cx + (i - (k - 1) / 2.0) * spacing);
        }
    }

    private static double[] dedupe(double[] pts) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < pts.length; i += 2) {
            int size = out.size();
            if (size >= 2 && out.get(size - 2) == pts[i] && out.get(size - 1) == pts[i + 1]) {
                continue;
            }
            out.add(pts[i]);
            out.add(pts[i + 1]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String statusText(NodeStatus status) {
        return switch (status) {
            case VERIFIED -> "verified";
            case UNVERIFIED -> "not verified";
            case MISSING -> "ancestor not found";
        };
    }

    // ---- drawing ----------------------------------------------------------------------------

    private static final String INK = "#111827";

    static String write(Scene scene) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(scene.width())).append("\" height=\"")
                .append(num(scene.height())).append("\" viewBox=\"0 0 ").append(num(scene.width())).append(' ')
                .append(num(scene.height())).append("\" font-family=\"Helvetica, Arial, 'DejaVu Sans', sans-serif\""
                        + " font-size=\"14\">\n");
        Label title = scene.header().get(0);
        out.append("  <title>").append(Xml.escape(title.text())).append("</title>\n");
        out.append("  <defs>\n");
        marker(out, "arrow", "#374151");
        marker(out, "arrow-data", "#b45309");
        marker(out, "arrow-missing", "#6b7280");
        out.append("  </defs>\n");
        out.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(scene.width())).append("\" height=\"")
                .append(num(scene.height())).append("\" fill=\"#ffffff\"/>\n");
        out.append("  <text class=\"title\" x=\"").append(num(title.x())).append("\" y=\"").append(num(title.baseline()))
                .append("\" font-size=\"18\" font-weight=\"bold\" fill=\"").append(INK).append("\">")
                .append(Xml.escape(title.text())).append("</text>\n");
        out.append("  <g id=\"legend\">\n");
        for (Legend item : scene.legend()) {
            Rect r = item.swatch();
            out.append("    <g class=\"legend-item\">");
            switch (item.kind()) {
                case "edge", "edge-missing", "edge-data" -> {
                    String[] style = edgeStyle(item.kind());
                    out.append("<line x1=\"").append(num(r.x())).append("\" y1=\"").append(num(r.y() + r.h() / 2))
                            .append("\" x2=\"").append(num(r.x() + r.w())).append("\" y2=\"")
                            .append(num(r.y() + r.h() / 2)).append("\" stroke=\"").append(style[0])
                            .append("\" stroke-width=\"2\"").append(style[1]).append("/>");
                }
                default -> {
                    String[] style = boxStyle(item.kind());
                    out.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                            .append(num(r.w())).append("\" height=\"").append(num(r.h())).append("\" rx=\"3\" fill=\"")
                            .append(style[0]).append("\" stroke=\"").append(style[1]).append("\" stroke-width=\"")
                            .append(style[2]).append('"').append(style[3]).append("/>");
                }
            }
            text(out, item.label(), "", INK);
            out.append("</g>\n");
        }
        out.append("  </g>\n");
        out.append("  <g id=\"edges\">\n");
        for (int e = 0; e < scene.routes().size(); e++) {
            Route route = scene.routes().get(e);
            LineageEdge edge = scene.edges().get(e);
            String kind = !edge.kind().isLineage() ? "edge-data" : edge.source().missing() ? "edge-missing" : "edge";
            String[] style = edgeStyle(kind);
            out.append("    <g class=\"").append(kind.equals("edge") ? "edge" : "edge " + kind.substring(5))
                    .append("\"><polyline points=\"");
            double[] p = route.points();
            for (int i = 0; i < p.length; i += 2) {
                out.append(i == 0 ? "" : " ").append(num(p[i])).append(',').append(num(p[i + 1]));
            }
            out.append("\" fill=\"none\" stroke=\"").append(style[0]).append("\" stroke-width=\"1.6\"").append(style[1])
                    .append(" marker-end=\"url(#").append(style[2]).append(")\"/></g>\n");
        }
        out.append("  </g>\n");
        out.append("  <g id=\"edge-labels\">\n");
        for (int e = 0; e < scene.edgeLabels().size(); e++) {
            Label label = scene.edgeLabels().get(e);
            LineageEdge edge = scene.edges().get(e);
            Rect r = label.rect();
            out.append("    <g class=\"edge-label\"><rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y()))
                    .append("\" width=\"").append(num(r.w())).append("\" height=\"").append(num(r.h()))
                    .append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.92\" stroke=\"#d1d5db\"/>");
            text(out, label, "", edge.kind().isLineage() ? INK : "#7c2d12");
            out.append("</g>\n");
        }
        out.append("  </g>\n");
        out.append("  <g id=\"nodes\">\n");
        for (int i = 0; i < scene.boxes().size(); i++) {
            LineageNode node = scene.nodes().get(i);
            NodeStatus st = scene.status().get(i);
            String kind = st == null ? "dataset" : st == NodeStatus.VERIFIED ? "verified"
                    : st == NodeStatus.MISSING ? "missing" : "unverified";
            String[] style = boxStyle(kind);
            Rect r = scene.boxes().get(i);
            out.append("    <g class=\"").append(node.isModel() ? "model " + kind : "dataset").append("\"><title>")
                    .append(Xml.escape(tooltip(node, st))).append("</title>");
            out.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                    .append(num(r.w())).append("\" height=\"").append(num(r.h())).append("\" rx=\"")
                    .append(node.isModel() ? "8" : "2").append("\" fill=\"").append(style[0]).append("\" stroke=\"")
                    .append(style[1]).append("\" stroke-width=\"").append(style[2]).append('"').append(style[3])
                    .append("/>");
            for (Label label : scene.nodeLabels().get(i)) {
                String colour = switch (label.role()) {
                    case "name" -> INK;
                    case "status" -> st == NodeStatus.VERIFIED ? "#14532d" : st == NodeStatus.MISSING ? "#374151"
                            : "#7c2d12";
                    default -> "#374151";
                };
                text(out, label, label.role().equals("name") ? " font-weight=\"bold\"" : "", colour);
            }
            out.append("</g>\n");
        }
        out.append("  </g>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    private static void marker(StringBuilder out, String id, String colour) {
        out.append("    <marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(colour).append("\"/></marker>\n");
    }

    private static void text(StringBuilder out, Label label, String attributes, String colour) {
        boolean centred = !label.role().equals("legend") && !label.role().equals("title");
        out.append("<text x=\"").append(num(label.x())).append("\" y=\"").append(num(label.baseline())).append('"')
                .append(centred ? " text-anchor=\"middle\"" : "").append(" font-size=\"14\"").append(attributes)
                .append(" fill=\"").append(colour).append("\">").append(Xml.escape(label.text())).append("</text>");
    }

    /** fill, stroke, stroke width, extra attributes. */
    private static String[] boxStyle(String kind) {
        return switch (kind) {
            case "verified" -> new String[] {"#dcfce7", "#15803d", "3", ""};
            case "missing" -> new String[] {"#f3f4f6", "#6b7280", "2", " stroke-dasharray=\"6 4\""};
            case "dataset" -> new String[] {"#fef3c7", "#b45309", "1.5", ""};
            default -> new String[] {"#dbeafe", "#1d4ed8", "1.5", ""};
        };
    }

    /** stroke, extra attributes, marker. */
    private static String[] edgeStyle(String kind) {
        return switch (kind) {
            case "edge-missing" -> new String[] {"#6b7280", " stroke-dasharray=\"6 4\"", "arrow-missing"};
            case "edge-data" -> new String[] {"#b45309", " stroke-dasharray=\"3 3\"", "arrow-data"};
            default -> new String[] {"#374151", "", "arrow"};
        };
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

    private static String tooltip(LineageNode node, NodeStatus status) {
        if (!node.isModel()) {
            return "dataset " + node.coordinates();
        }
        return "model " + node.coordinates() + (node.missing() ? " (manifest missing)" : "")
                + node.manifestId().map(id -> " " + id.value()).orElse("")
                + (status == null || status == NodeStatus.MISSING ? "" : ", " + statusText(status));
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
