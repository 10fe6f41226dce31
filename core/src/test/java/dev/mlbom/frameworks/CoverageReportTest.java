package dev.mlbom.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.fixtures.Golden;
import dev.mlbom.fixtures.SampleManifests;
import dev.mlbom.model.Manifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CoverageReportTest {

    static final Path DIR = Golden.TEST_RESOURCES.resolve("dev/mlbom/frameworks");

    static void goldens(String name, Manifest manifest) throws Exception {
        CoverageReport report = CoverageReport.of(manifest);
        Golden.check(DIR.resolve(name + ".txt"), CoverageRenderer.text(report));
        Golden.check(DIR.resolve(name + ".json"), CoverageRenderer.json(report));
        Golden.check(DIR.resolve(name + ".md"), CoverageRenderer.markdown(report));
    }

    @Test
    void minimalManifestGoldens() throws Exception {
        goldens("coverage-minimal-manifest", SampleManifests.minimal());
    }

    @Test
    void completeManifestGoldens() throws Exception {
        goldens("coverage-complete-manifest", SampleManifests.complete());
    }

    @Test
    void aCompleteManifestEvidencesEveryEvidenceableEntry() {
        CoverageReport report = CoverageReport.of(SampleManifests.complete());
        assertThat(report.gaps()).isEmpty();
        assertThat(report.subject()).isEqualTo("acme/support-bot@2.3.0");
        CoverageSummary rmf = report.summary().get(0);
        assertThat(rmf.framework().id()).isEqualTo("nist-ai-rmf");
        assertThat(rmf.function()).isEmpty();
        assertThat(rmf.total()).isEqualTo(72);
        assertThat(rmf.coverage()).isEqualTo(1.0);
    }

    @Test
    void aMinimalManifestShowsGapsAndWhatClosesThem() {
        CoverageReport report = CoverageReport.of(SampleManifests.minimal());
        EntryCoverage inventory = entry(report, "nist-ai-rmf:GOVERN 1.6");
        assertThat(inventory.status()).isEqualTo(EntryCoverage.Status.EVIDENCED);
        assertThat(inventory.evidencedBy()).extracting(FieldPath::value).containsExactly("/model/name", "/model/version");
        assertThat(inventory.wouldClose()).extracting(FieldPath::value).containsExactly("/model/source");
        EntryCoverage bias = entry(report, "eu-ai-act:Art.10(2)(f)");
        assertThat(bias.status()).isEqualTo(EntryCoverage.Status.GAP);
        assertThat(bias.wouldClose()).extracting(FieldPath::value).containsExactly("/datasets[]/knownBiases");
        EntryCoverage training = entry(report, "nist-ai-rmf:GOVERN 2.2");
        assertThat(training.status()).isEqualTo(EntryCoverage.Status.NOT_EVIDENCED_BY_MANIFEST);
        assertThat(training.reason()).isPresent();
        CoverageSummary measure = report.summary().stream()
                .filter(s -> s.framework().id().equals("nist-ai-rmf") && s.function().equals(Optional.of(RmfFunction.MEASURE)))
                .findFirst().orElseThrow();
        assertThat(measure.total()).isEqualTo(22);
        assertThat(measure.evidenced()).isZero();
    }

    @Test
    void theHtmlPageIsSelfContainedAndHasAHeatmapCellPerEntry() throws Exception {
        CoverageReport report = CoverageReport.of(SampleManifests.minimal());
        String html = CoverageRenderer.html(report);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "<link", "src=", "@import", "url(",
                "http://", "https://");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(page.getElementsByTagName("style").getLength()).isEqualTo(1);
        NodeList divs = page.getElementsByTagName("div");
        int cells = 0;
        int gaps = 0;
        for (int i = 0; i < divs.getLength(); i++) {
            String cls = ((Element) divs.item(i)).getAttribute("class");
            if (cls.startsWith("cell ")) {
                cells++;
                if (cls.equals("cell GAP")) {
                    gaps++;
                }
            }
        }
        assertThat(cells).isEqualTo(report.entries().size());
        assertThat(gaps).isEqualTo(report.gaps().size()).isPositive();
        Element summary = page.getElementById("summary");
        assertThat(summary == null ? byId(page, "table", "summary") : summary).isNotNull();
        assertThat(byId(page, "table", "gaps").getElementsByTagName("tr").getLength()).isEqualTo(report.gaps().size() + 1);
    }

    static Element byId(Document page, String tag, String id) {
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (id.equals(((Element) nodes.item(i)).getAttribute("id"))) {
                return (Element) nodes.item(i);
            }
        }
        return null;
    }

    static EntryCoverage entry(CoverageReport report, String ref) {
        return report.entries().stream().filter(e -> e.entry().ref().equals(ref)).findFirst().orElseThrow();
    }
}
