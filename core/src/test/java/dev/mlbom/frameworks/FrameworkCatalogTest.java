package dev.mlbom.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameworkCatalogTest {

    static final FrameworkCatalog CATALOG = FrameworkCatalog.builtIn();

    static Map<String, String> reference(String file) throws Exception {
        Path tsv = dev.mlbom.fixtures.Conformance.file("nist/" + file);
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] cells = line.split("\t");
                rows.put(cells[0], cells[1]);
            }
        }
        return rows;
    }

    @Test
    void holdsAll72RmfSubcategoriesWithTheirFunction() {
        List<CatalogEntry> rmf = CATALOG.entries(FrameworkCatalog.NIST_AI_RMF);
        assertThat(rmf).hasSize(72);
        for (CatalogEntry entry : rmf) {
            assertThat(entry.function()).contains(RmfFunction.valueOf(entry.id().split(" ")[0]));
            assertThat(entry.framework().edition()).contains("1.0");
        }
        assertThat(rmf.stream().filter(e -> e.function().equals(Optional.of(RmfFunction.GOVERN)))).hasSize(19);
        assertThat(rmf.stream().filter(e -> e.function().equals(Optional.of(RmfFunction.MAP)))).hasSize(18);
        assertThat(rmf.stream().filter(e -> e.function().equals(Optional.of(RmfFunction.MEASURE)))).hasSize(22);
        assertThat(rmf.stream().filter(e -> e.function().equals(Optional.of(RmfFunction.MANAGE)))).hasSize(13);
    }

    @Test
    void idsMatchTheReferenceListsAndTitlesAreOurOwnWords() throws Exception {
        Map<String, String> rmf = reference("nist-ai-rmf-1.0-subcategories.tsv");
        Map<String, String> genAi = reference("nist-ai-600-1-provenance-actions.tsv");
        assertThat(rmf).hasSize(72);
        assertThat(CATALOG.entries(FrameworkCatalog.NIST_AI_RMF)).extracting(CatalogEntry::id)
                .containsExactlyElementsOf(rmf.keySet());
        assertThat(CATALOG.entries(FrameworkCatalog.NIST_AI_600_1)).extracting(CatalogEntry::id)
                .containsExactlyInAnyOrderElementsOf(genAi.keySet());
        Map<String, String> official = new LinkedHashMap<>(rmf);
        official.putAll(genAi);
        List<String> copied = new java.util.ArrayList<>();
        for (CatalogEntry entry : CATALOG.entries()) {
            String text = official.get(entry.id());
            if (text == null) {
                continue;
            }
            assertThat(entry.title().length()).as(entry.ref()).isLessThan(100);
            // no run of five consecutive words of the official sentence appears in the title
            String title = " " + normalize(entry.title()) + " ";
            String[] words = normalize(text).split(" ");
            for (int i = 0; i + 5 <= words.length; i++) {
                String run = " " + String.join(" ", List.of(words).subList(i, i + 5)) + " ";
                if (title.contains(run)) {
                    copied.add(entry.ref() + ": '" + run.trim() + "'");
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    @Test
    void holdsTheEuAndOwaspEntries() {
        assertThat(CATALOG.entries(FrameworkCatalog.EU_AI_ACT)).extracting(CatalogEntry::id).containsExactly(
                "Art.10(2)(a)", "Art.10(2)(b)", "Art.10(2)(c)", "Art.10(2)(d)", "Art.10(2)(e)", "Art.10(2)(f)",
                "Art.10(2)(g)", "Art.10(2)(h)", "AnnexIV.1", "AnnexIV.2", "AnnexIV.3", "AnnexIV.4", "AnnexIV.5",
                "AnnexIV.6", "AnnexIV.7", "AnnexIV.8", "AnnexIV.9");
        assertThat(CATALOG.entries(FrameworkCatalog.OWASP_LLM)).extracting(CatalogEntry::id)
                .containsExactly("LLM03:2025", "LLM04:2025");
        assertThat(CATALOG.frameworks()).allSatisfy(f -> assertThat(f.edition()).isNotBlank());
        assertThat(CATALOG.version()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(CATALOG.entry("owasp-llm:LLM04:2025")).map(CatalogEntry::title).contains("Data and model poisoning");
        assertThat(CATALOG.entry("nist-ai-rmf:NOPE 1.1")).isEmpty();
    }

    @Test
    void everyEntryIsEvidencedByAFieldOrMarkedWithAReason() {
        EvidenceMapping mapping = EvidenceMapping.builtIn();
        assertThat(mapping.catalog()).isSameAs(CATALOG);
        for (CatalogEntry entry : CATALOG.entries()) {
            boolean mapped = !mapping.fieldsFor(entry).isEmpty();
            assertThat(mapped ^ mapping.notEvidencedReason(entry).isPresent()).as(entry.ref()).isTrue();
        }
        // organisational governance is not forced onto manifest fields
        assertThat(mapping.notEvidencedReason(CATALOG.entry("nist-ai-rmf:GOVERN 2.2").orElseThrow())).isPresent();
        // provenance is
        assertThat(mapping.fieldsFor(CATALOG.entry("nist-ai-rmf:MANAGE 3.2").orElseThrow()))
                .extracting(f -> f.path().value()).contains("/lineage/parents");
        assertThat(mapping.fieldsFor(CATALOG.entry("eu-ai-act:Art.10(2)(f)").orElseThrow()))
                .extracting(f -> f.path().value()).containsExactly("/datasets[]/knownBiases");
        assertThat(mapping.fields()).allSatisfy(f -> assertThat(f.evidences()).isNotEmpty());
    }
}
