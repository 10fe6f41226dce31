package dev.mlbom.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.fixtures.SampleManifests;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML coverage page as evidence: readable printed, values visible, honest denominators, identity. */
class CoverageHtmlTest {

    static final Instant GENERATED = Instant.parse("2026-11-27T10:15:30Z");
    static final Instant VERIFIED_AT = Instant.parse("2026-11-27T10:15:00Z");
    static final Instant SIGNED_AT = Instant.parse("2026-11-20T08:00:00Z");

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The page's visible text: element text, never attribute values (tooltips), never the style sheet. */
    static String visibleText(Document page) {
        StringBuilder out = new StringBuilder();
        text(page.getElementsByTagName("body").item(0), out);
        return out.toString().replaceAll("\\s+", " ");
    }

    private static void text(org.w3c.dom.Node node, StringBuilder out) {
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            out.append(node.getNodeValue());
            return;
        }
        boolean block = node instanceof Element e && e.getTagName().matches("td|th|tr|p|li|h[1-6]|div|table|ul");
        if (block) {
            out.append(' ');
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            text(children.item(i), out);
        }
        if (block) {
            out.append(' ');
        }
    }

    @Test
    void everyEvidencedEntryShowsItsFieldsAndTheirValuesInThePageText() throws Exception {
        CoverageReport report = CoverageReport.of(SampleManifests.complete());
        String html = CoverageRenderer.html(report, Attestation.notVerified(GENERATED));
        Document page = parse(html);
        String text = visibleText(page);
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(((Element) all.item(i)).hasAttribute("title")).as("no hover-only tooltips").isFalse();
        }
        int evidenced = 0;
        for (EntryCoverage entry : report.entries()) {
            if (entry.status() != EntryCoverage.Status.EVIDENCED) {
                continue;
            }
            evidenced++;
            assertThat(text).contains(entry.entry().ref() + ": " + entry.entry().title());
            for (FieldPath path : entry.evidencedBy()) {
                List<Map.Entry<String, String>> values = report.valuesOf(path);
                assertThat(values).as("values of %s", path).isNotEmpty();
                Map.Entry<String, String> first = values.get(0);
                assertThat(text).contains(first.getKey());
                String shown = first.getValue().length() > 400 ? first.getValue().substring(0, 400) : first.getValue();
                assertThat(text).contains(shown.replaceAll("\\s+", " "));
            }
        }
        assertThat(evidenced).isPositive();
        assertThat(page.getElementsByTagName("div").getLength()).isPositive();
    }

    @Test
    void percentagesStateTheirDenominatorAndTheNumbersAddUp() throws Exception {
        CoverageReport report = CoverageReport.of(SampleManifests.minimal());
        String text = visibleText(parse(CoverageRenderer.html(report, Attestation.notVerified(GENERATED))));
        Pattern sentence = Pattern.compile("(\\S+): (\\d+)% \\S (\\d+) of (\\d+) entries a manifest can evidence are evidenced; "
                + "(\\d+) more need organisational evidence and are listed separately\\.");
        Matcher matcher = sentence.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
            String framework = matcher.group(1);
            CoverageSummary row = report.summary().stream()
                    .filter(s -> s.framework().id().equals(framework) && s.function().isEmpty()).findFirst().orElseThrow();
            int evidenced = Integer.parseInt(matcher.group(3));
            int evidenceable = Integer.parseInt(matcher.group(4));
            int organisational = Integer.parseInt(matcher.group(5));
            assertThat(evidenced).isEqualTo(row.evidenced());
            assertThat(evidenceable).isEqualTo(row.evidenced() + row.gaps());
            assertThat(evidenceable + organisational).isEqualTo(row.total());
            assertThat(Integer.parseInt(matcher.group(2)))
                    .isEqualTo(evidenceable == 0 ? 0 : Math.round(100.0 * evidenced / evidenceable));
        }
        assertThat(found).isEqualTo(report.mapping().catalog().frameworks().size());
        // the organisational entries are listed, every one
        long organisational = report.entries().stream()
                .filter(e -> e.status() == EntryCoverage.Status.NOT_EVIDENCED_BY_MANIFEST).count();
        Element table = CoverageReportTest.byId(parse(CoverageRenderer.html(report)), "table", "organisational");
        assertThat(table.getElementsByTagName("tr").getLength()).isEqualTo(organisational + 1);
    }

    @Test
    void thePageIsSelfContainedAndPrintable() throws Exception {
        String html = CoverageRenderer.html(CoverageReport.of(SampleManifests.complete()), Attestation.notVerified(GENERATED));
        assertThat(html).doesNotContain("<script", "<link", "@import", "url(", "<img", "<iframe", "<object", "<embed");
        Document page = parse(html);
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(element.hasAttribute("src") || element.hasAttribute("href"))
                    .as("<%s> loads nothing", element.getTagName()).isFalse();
        }
        assertThat(page.getElementsByTagName("style").getLength()).isEqualTo(1);
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertThat(css).contains("@media print", "break-inside:avoid", "page-break-inside:avoid", "print-color-adjust");
        assertThat(css).doesNotContain(":hover");
    }

    @Test
    void identityAndNotVerifiedAndTheDateAppear() throws Exception {
        CoverageReport report = CoverageReport.of(SampleManifests.complete());
        String text = visibleText(parse(CoverageRenderer.html(report, Attestation.notVerified(GENERATED))));
        assertThat(text).contains("Model " + report.subject(), "Manifest id " + report.manifestId().value(),
                "Verification not verified", "Generated 2026-11-27 10:15:30 UTC");
    }

    @Test
    void aVerifiedRecordShowsItsSignersSigningTimeAndVerificationTime() throws Exception {
        CoverageReport report = CoverageReport.of(SampleManifests.complete());
        Attestation verified = Attestation.verified(List.of("key-1234", "key-5678"), Optional.of(SIGNED_AT), VERIFIED_AT,
                GENERATED);
        String text = visibleText(parse(CoverageRenderer.html(report, verified)));
        assertThat(text).contains("signed by key-1234, key-5678, signed 2026-11-20 08:00:00 UTC",
                "Verification verified: every check passed, 2026-11-27 10:15:00 UTC")
                .doesNotContain("not verified");
        String failed = visibleText(parse(CoverageRenderer.html(report,
                Attestation.failed("SIGNATURE_INVALID: no signature verifies", VERIFIED_AT, GENERATED))));
        assertThat(failed).contains("verification failed, 2026-11-27 10:15:00 UTC: SIGNATURE_INVALID: no signature verifies");
        String out = System.getProperty("mlbom.coverage.sample");
        if (out != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(out), CoverageRenderer.html(report, verified));
            java.nio.file.Files.writeString(java.nio.file.Path.of(out.replace(".html", "-minimal.html")),
                    CoverageRenderer.html(CoverageReport.of(SampleManifests.minimal()), Attestation.notVerified(GENERATED)));
        }
    }
}
