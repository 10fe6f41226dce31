package dev.mlbom.lineage;

import static dev.mlbom.lineage.Fixtures.TEST_IDS;
import static dev.mlbom.lineage.Fixtures.idOf;
import static dev.mlbom.lineage.Fixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.lineage.LineageRenderer.Label;
import dev.mlbom.lineage.LineageRenderer.Rect;
import dev.mlbom.lineage.LineageRenderer.Route;
import dev.mlbom.lineage.LineageRenderer.Scene;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG's geometric rules, checked on the renderer's layout model and on the SVG it writes: no
 * edge segment crosses a box that is not one of its ends; no two labels overlap; no label overlaps
 * a box other than its own; all text at least 14 px.
 */
class LineageSvgGeometryTest {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final LineageRelation[] RELATIONS = java.util.Arrays.stream(LineageRelation.values())
            .filter(r -> !r.name().equals("OTHER")).toArray(LineageRelation[]::new);
    static final DatasetRole[] ROLES = java.util.Arrays.stream(DatasetRole.values())
            .filter(r -> !r.name().equals("OTHER")).toArray(DatasetRole[]::new);

    /** A random lineage: models deriving from earlier ones, missing ancestors, shared datasets. */
    static LineageGraph randomGraph(long seed, int maxModels) throws Exception {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(maxModels);
        List<Manifest> made = new ArrayList<>();
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS);
        for (int i = 0; i < count; i++) {
            String name = "org" + random.nextInt(3) + "/" + "m".repeat(1 + random.nextInt(random.nextInt(4) == 0 ? 24 : 6))
                    + "-" + i;
            int parents = made.isEmpty() ? 0 : random.nextInt(random.nextInt(5) == 0 ? 4 : 2);
            List<Manifest> chosen = new ArrayList<>();
            for (int p = 0; p < parents; p++) {
                Manifest parent = made.get(random.nextInt(made.size()));
                if (!chosen.contains(parent)) {
                    chosen.add(parent);
                }
            }
            boolean missing = random.nextInt(6) == 0;
            int datasets = random.nextInt(3);
            int missingNumber = random.nextInt(3);
            int firstData = random.nextInt(5);
            int secondData = (firstData + 1 + random.nextInt(4)) % 5;
            Manifest m = manifest(name, String.valueOf(1 + random.nextInt(3)), b -> {
                for (Manifest parent : chosen) {
                    b.parent(chosen.size() > 1 ? LineageRelation.MERGE : RELATIONS[random.nextInt(RELATIONS.length)],
                            parent.model().name(), parent.model().version(), idOf(parent).value());
                }
                if (missing) {
                    b.parent(LineageRelation.FINE_TUNE, "hf/upstream-" + missingNumber, "0", null);
                }
                for (int d = 0; d < datasets; d++) {
                    Fixtures.data("data-" + (d == 0 ? firstData : secondData), "1", ROLES[random.nextInt(ROLES.length)]).accept(b);
                }
            });
            made.add(m);
        }
        made.forEach(builder::add);
        return builder.buildAllowingIssues();
    }

    static Map<ManifestId, NodeStatus> someVerified(LineageGraph graph, long seed) {
        Random random = new Random(seed);
        Map<ManifestId, NodeStatus> statuses = new HashMap<>();
        for (LineageNode node : graph.nodes()) {
            if (node.manifestId().isPresent() && random.nextBoolean()) {
                statuses.put(node.manifestId().get(), NodeStatus.VERIFIED);
            }
        }
        return statuses;
    }

    /** Whether a segment passes through a rectangle's interior (shrunk by half a pixel). */
    static boolean crosses(double x1, double y1, double x2, double y2, Rect r) {
        double left = r.x() + 0.5;
        double right = r.x() + r.w() - 0.5;
        double topY = r.y() + 0.5;
        double bottom = r.y() + r.h() - 0.5;
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - left, right - x1, y1 - topY, bottom - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    static void assertGeometry(Scene scene, String what) {
        List<Rect> boxes = scene.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s: boxes %d and %d overlap", what, i, j).isFalse();
            }
        }
        for (int e = 0; e < scene.routes().size(); e++) {
            Route route = scene.routes().get(e);
            double[] p = route.points();
            assertThat(p.length).as("%s: edge %d has a segment", what, e).isGreaterThanOrEqualTo(4);
            for (int k = 0; k + 3 < p.length; k += 2) {
                for (int b = 0; b < boxes.size(); b++) {
                    if (b == route.source() || b == route.target()) {
                        continue;
                    }
                    assertThat(crosses(p[k], p[k + 1], p[k + 2], p[k + 3], boxes.get(b)))
                            .as("%s: edge %d (%s) segment %d crosses box %d (%s)", what, e,
                                    scene.edges().get(e), k / 2, b, scene.nodes().get(b)).isFalse();
                }
            }
            // its ends touch its own boxes, and never enter them
            for (int end : new int[] {route.source(), route.target()}) {
                for (int k = 0; k + 3 < p.length; k += 2) {
                    assertThat(crosses(p[k], p[k + 1], p[k + 2], p[k + 3], boxes.get(end)))
                            .as("%s: edge %d enters its own box", what, e).isFalse();
                }
            }
        }
        List<Label> labels = scene.allLabels();
        for (int i = 0; i < labels.size(); i++) {
            Label a = labels.get(i);
            assertThat(a.rect().x()).as("%s: label %s inside the drawing", what, a.text()).isGreaterThanOrEqualTo(0);
            assertThat(a.rect().x() + a.rect().w()).as("%s: label %s inside the drawing", what, a.text())
                    .isLessThanOrEqualTo(scene.width());
            assertThat(a.rect().y() + a.rect().h()).isLessThanOrEqualTo(scene.height());
            for (int j = i + 1; j < labels.size(); j++) {
                Label b = labels.get(j);
                assertThat(a.rect().overlaps(b.rect())).as("%s: labels '%s' and '%s' overlap", what, a.text(), b.text())
                        .isFalse();
            }
            for (int b = 0; b < boxes.size(); b++) {
                Rect box = boxes.get(b);
                if (b == a.owner()) {
                    assertThat(a.rect().x() >= box.x() && a.rect().x() + a.rect().w() <= box.x() + box.w()
                            && a.rect().y() >= box.y() && a.rect().y() + a.rect().h() <= box.y() + box.h())
                            .as("%s: label '%s' inside its own box", what, a.text()).isTrue();
                } else {
                    assertThat(a.rect().overlaps(box)).as("%s: label '%s' overlaps box %s", what, a.text(),
                            scene.nodes().get(b)).isFalse();
                }
            }
        }
    }

    /** The SVG draws exactly the model: the same boxes, polylines and label positions; text at least 14 px. */
    static void assertSvgReflects(Scene scene, String svg) throws Exception {
        Document document = LineageRendererTest.parse(svg);
        NodeList groups = document.getElementsByTagNameNS(SVG_NS, "g");
        List<Element> nodeGroups = new ArrayList<>();
        List<Element> edgeGroups = new ArrayList<>();
        List<Element> edgeLabelGroups = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String cls = g.getAttribute("class");
            if (cls.startsWith("model") || cls.equals("dataset")) {
                nodeGroups.add(g);
            } else if (cls.startsWith("edge-label")) {
                edgeLabelGroups.add(g);
            } else if (cls.startsWith("edge")) {
                edgeGroups.add(g);
            }
        }
        assertThat(nodeGroups).hasSize(scene.boxes().size());
        assertThat(edgeGroups).hasSize(scene.routes().size());
        assertThat(edgeLabelGroups).hasSize(scene.edgeLabels().size());
        for (int i = 0; i < nodeGroups.size(); i++) {
            Element rect = (Element) nodeGroups.get(i).getElementsByTagNameNS(SVG_NS, "rect").item(0);
            Rect box = scene.boxes().get(i);
            assertThat(Double.parseDouble(rect.getAttribute("x"))).isCloseTo(box.x(), org.assertj.core.data.Offset.offset(0.06));
            assertThat(Double.parseDouble(rect.getAttribute("y"))).isCloseTo(box.y(), org.assertj.core.data.Offset.offset(0.06));
            assertThat(Double.parseDouble(rect.getAttribute("width"))).isCloseTo(box.w(), org.assertj.core.data.Offset.offset(0.06));
            NodeList texts = nodeGroups.get(i).getElementsByTagNameNS(SVG_NS, "text");
            assertThat(texts.getLength()).isEqualTo(scene.nodeLabels().get(i).size());
            for (int k = 0; k < texts.getLength(); k++) {
                assertThat(texts.item(k).getTextContent()).isEqualTo(scene.nodeLabels().get(i).get(k).text());
            }
        }
        for (int e = 0; e < edgeGroups.size(); e++) {
            Element line = (Element) edgeGroups.get(e).getElementsByTagNameNS(SVG_NS, "polyline").item(0);
            String[] points = line.getAttribute("points").split("[ ,]");
            double[] expected = scene.routes().get(e).points();
            assertThat(points).hasSize(expected.length);
            for (int k = 0; k < points.length; k++) {
                assertThat(Double.parseDouble(points[k])).isCloseTo(expected[k], org.assertj.core.data.Offset.offset(0.06));
            }
            Element text = (Element) edgeLabelGroups.get(e).getElementsByTagNameNS(SVG_NS, "text").item(0);
            assertThat(text.getTextContent()).isEqualTo(scene.edgeLabels().get(e).text());
            assertThat(Double.parseDouble(text.getAttribute("x"))).isCloseTo(scene.edgeLabels().get(e).x(),
                    org.assertj.core.data.Offset.offset(0.06));
        }
        NodeList all = document.getElementsByTagNameNS(SVG_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            if (el.hasAttribute("font-size")) {
                assertThat(Double.parseDouble(el.getAttribute("font-size"))).as("font-size of <%s>", el.getLocalName())
                        .isGreaterThanOrEqualTo(14);
            }
        }
    }

    @Test
    void theFourGenerationFamilyFollowsTheRules() throws Exception {
        LineageGraph graph = LineageGraphTest.graph();
        Map<ManifestId, NodeStatus> statuses = Map.of(idOf(LineageGraphTest.CHAT), NodeStatus.VERIFIED);
        Scene scene = LineageRenderer.scene(graph, statuses);
        assertGeometry(scene, "family");
        String svg = LineageRenderer.svg(graph, statuses);
        assertSvgReflects(scene, svg);
        assertThat(svg).contains("class=\"model verified\"", "class=\"model unverified\"", "class=\"model missing\"",
                ">verified</text>", ">not verified</text>", ">manifest missing</text>", "id=\"legend\"",
                "class=\"title\"", "class=\"edge missing\"");
        Document document = LineageRendererTest.parse(svg);
        NodeList groups = document.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").equals("model missing")) {
                Element rect = (Element) g.getElementsByTagNameNS(SVG_NS, "rect").item(0);
                assertThat(rect.getAttribute("stroke-dasharray")).isNotEmpty();
            }
            if (g.getAttribute("class").equals("edge missing")) {
                Element line = (Element) g.getElementsByTagNameNS(SVG_NS, "polyline").item(0);
                assertThat(line.getAttribute("stroke-dasharray")).isNotEmpty();
            }
        }
    }

    @Test
    void twoHundredRandomGraphsFollowTheRules() throws Exception {
        for (long seed = 1; seed <= 200; seed++) {
            LineageGraph graph = randomGraph(seed, seed % 10 == 0 ? 40 : 14);
            Map<ManifestId, NodeStatus> statuses = someVerified(graph, seed);
            Scene scene = LineageRenderer.scene(graph, statuses);
            assertGeometry(scene, "seed " + seed);
            if (seed % 20 == 0) {
                assertSvgReflects(scene, LineageRenderer.svg(graph, statuses));
            }
        }
    }

    @Test
    void aFortyModelGraphFollowsTheRules() throws Exception {
        LineageGraph graph = randomGraph(4242, 40);
        while (graph.size() < 30) {
            graph = randomGraph(graph.size() + 4243L, 40);
        }
        Scene scene = LineageRenderer.scene(graph, someVerified(graph, 7));
        assertGeometry(scene, "large");
        String out = System.getProperty("mlbom.lineage.sample");
        if (out != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(out), LineageRenderer.svg(graph, someVerified(graph, 7)));
        }
    }
}
