package dev.mlbom.lineage;

import static dev.mlbom.lineage.Fixtures.TEST_IDS;
import static dev.mlbom.lineage.Fixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class LineageRendererTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void svgParsesAsXmlAndLabelsEveryNodeAndEdge() throws Exception {
        LineageGraph graph = LineageGraphTest.graph();
        String svg = LineageRenderer.svg(graph);
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = texts(document);
        for (LineageNode node : graph.nodes()) {
            assertThat(texts).contains(node.coordinates());
        }
        assertThat(texts).contains("fine-tune", "adapter", "quantization", "merge", "continued-pre-training",
                "fine-tuned-on", "evaluated-on", "pre-trained-on", "manifest missing", "dataset");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength())
                .isEqualTo(graph.edges().size());
        assertThat(svg).doesNotContain("<script", "@import", "href=\"http", "<image", "url(http");
    }

    @Test
    void labelsAreXmlEscaped() throws Exception {
        Manifest odd = manifest("a<b>&\"c'", "1", b -> b.dataset(d -> d.name("x&y").version("<1>")
                .role(DatasetRole.TRAINING)));
        LineageGraph graph = LineageGraph.builder().identifier(TEST_IDS).add(odd).build();
        String svg = LineageRenderer.svg(graph);
        assertThat(texts(parse(svg))).contains("a<b>&\"c'@1", "x&y@<1>");
        assertThat(LineageRenderer.dot(graph)).contains("a<b>&\\\"c'@1");
        assertThat(LineageRenderer.mermaid(graph)).contains("a#lt;b#gt;&#quot;c'@1");
    }

    @Test
    void fiftyNodeGraphLaysOutWithoutOverlapsInALayer() throws Exception {
        LineageGraph.Builder builder = LineageGraph.builder().identifier(TEST_IDS);
        List<Manifest> made = new ArrayList<>();
        for (int base = 0; base < 3; base++) {
            Manifest root = manifest("base-" + base, "1", Fixtures.data("corpus", "1", DatasetRole.PRE_TRAINING));
            made.add(root);
            Manifest previous = root;
            for (int gen = 0; gen < 10; gen++) {
                Manifest parent = previous;
                String name = "m" + base + "-" + gen;
                int g = gen;
                previous = manifest(name, "1", b -> {
                    b.parent(g % 3 == 0 ? LineageRelation.FINE_TUNE : g % 3 == 1 ? LineageRelation.ADAPTER
                            : LineageRelation.QUANTIZATION, parent.model().name(), "1", Fixtures.idOf(parent).value());
                    if (g % 4 == 0) {
                        Fixtures.data("data-" + g, "1", DatasetRole.FINE_TUNING).accept(b);
                    }
                });
                made.add(previous);
            }
        }
        Manifest a = made.get(5);
        Manifest c = made.get(16);
        made.add(manifest("merge", "1", b -> {
            b.parent(LineageRelation.MERGE, a.model().name(), "1", Fixtures.idOf(a).value());
            b.parent(LineageRelation.MERGE, c.model().name(), "1", Fixtures.idOf(c).value());
        }));
        made.forEach(builder::add);
        LineageGraph graph = builder.build();
        assertThat(graph.size()).isGreaterThanOrEqualTo(35);
        Document svg = parse(LineageRenderer.svg(graph));
        NodeList rects = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int boxes = 0;
        List<double[]> extents = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) rects.item(i);
            String cls = g.getAttribute("class");
            if (cls.startsWith("model") || cls.equals("dataset")) {
                boxes++;
                org.w3c.dom.Element rect = (org.w3c.dom.Element) g.getElementsByTagNameNS(
                        "http://www.w3.org/2000/svg", "rect").item(0);
                extents.add(new double[] {Double.parseDouble(rect.getAttribute("x")),
                        Double.parseDouble(rect.getAttribute("y")), Double.parseDouble(rect.getAttribute("width"))});
            }
        }
        assertThat(boxes).isEqualTo(graph.size());
        for (int i = 0; i < extents.size(); i++) {
            for (int j = i + 1; j < extents.size(); j++) {
                double[] p = extents.get(i);
                double[] q = extents.get(j);
                if (p[1] == q[1]) {
                    boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0];
                    assertThat(apart).as("boxes %d and %d overlap", i, j).isTrue();
                }
            }
        }
    }

    @Test
    void dotAndMermaidListEveryNodeAndEdge() throws Exception {
        LineageGraph graph = LineageGraphTest.graph();
        String dot = LineageRenderer.dot(graph);
        String mermaid = LineageRenderer.mermaid(graph);
        assertThat(dot).startsWith("digraph lineage {").endsWith("}\n");
        for (LineageNode node : graph.nodes()) {
            assertThat(dot).contains("\"" + node.coordinates() + "\\n");
            assertThat(mermaid).contains(node.coordinates());
        }
        assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(graph.edges().size());
        assertThat(mermaid.lines().filter(l -> l.contains("-->") || l.contains("-.->"))).hasSize(graph.edges().size());
        assertThat(dot).contains("[label=\"merge\"]", "style=dashed");
        assertThat(mermaid).startsWith("flowchart TB\n").contains("classDef dataset", "-.->|\"fine-tuned-on\"|");
    }

    @Test
    void textListsEachModelWithItsParentsDatasetsAndIssues() throws Exception {
        Manifest base = manifest("acme/base", "1", b -> { });
        Manifest chat = manifest("acme/chat", "2", b -> {
            b.parent(LineageRelation.FINE_TUNE, "acme/base", "1", Fixtures.idOf(base).value());
            b.parent(LineageRelation.MERGE, "acme/gone", "3", null);
            b.dataset(d -> d.name("tickets").version("2026-10").role(DatasetRole.FINE_TUNING));
        });
        LineageGraph graph = LineageGraph.builder().identifier(TEST_IDS).add(base).add(chat).build();
        String text = LineageRenderer.text(graph);
        assertThat(text).contains("acme/base@1  " + Fixtures.idOf(base) + "\n")
                .contains("acme/chat@2  " + Fixtures.idOf(chat) + "\n  fine-tune of acme/base@1\n")
                .contains("  merge of acme/gone@3\n")
                .contains("  fine-tuned-on tickets@2026-10\n")
                .contains("acme/gone@3  (manifest not in this directory)\n")
                .contains("warning: [MISSING_ANCESTOR] ")
                .endsWith("\n");
        assertThat(text).doesNotContain("tickets@2026-10  "); // datasets get no block of their own
    }

    @Test
    void jsonHasTheDocumentedStableShape() throws Exception {
        Manifest base = manifest("acme/base", "1", b -> { });
        Manifest chat = manifest("acme/chat", "2", b -> {
            b.parent(LineageRelation.FINE_TUNE, "acme/base", "1", Fixtures.idOf(base).value());
            b.parent(LineageRelation.MERGE, "acme/gone", "3", null);
            b.dataset(d -> d.name("tickets").version("2026-10").role(DatasetRole.FINE_TUNING));
        });
        LineageGraph graph = LineageGraph.builder().identifier(TEST_IDS).add(base).add(chat).build();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(LineageRenderer.json(graph));
        assertThat(json.fieldNames()).toIterable().containsExactly("nodes", "edges", "issues");
        assertThat(json.get("nodes")).hasSize(graph.nodes().size());
        assertThat(json.get("nodes").get(0).fieldNames()).toIterable()
                .containsExactly("kind", "name", "version", "manifestId", "missing");
        assertThat(json.get("nodes").findValuesAsText("kind")).contains("model", "dataset");
        assertThat(json.get("edges")).hasSize(graph.edges().size());
        assertThat(json.get("edges").get(0).fieldNames()).toIterable().containsExactly("from", "to", "kind", "label");
        assertThat(json.get("edges").findValuesAsText("kind")).contains("FINE_TUNE", "MERGE");
        assertThat(json.get("issues").get(0).fieldNames()).toIterable().containsExactly("reason", "severity", "message");
        assertThat(json.get("issues").get(0).get("reason").asText()).isEqualTo("MISSING_ANCESTOR");
        assertThat(LineageRenderer.json(graph)).isEqualTo(LineageRenderer.json(graph));
    }
}
