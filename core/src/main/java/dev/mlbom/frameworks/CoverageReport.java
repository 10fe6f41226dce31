package dev.mlbom.frameworks;

import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The framework coverage of one manifest: for every catalog entry, whether the manifest
 * evidences it, by which populated fields, and which field would close each gap; with counts per
 * framework and per RMF function. Render it with {@link CoverageRenderer}.
 * <pre>{@code
 * CoverageReport report = CoverageReport.of(manifest);
 * System.out.println(CoverageRenderer.text(report));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverageReport {

    private final String subject;
    private final ManifestId manifestId;
    private final JsonValue tree;
    private final EvidenceMapping mapping;
    private final List<EntryCoverage> entries;
    private final List<CoverageSummary> summary;

    private CoverageReport(String subject, ManifestId manifestId, JsonValue tree, EvidenceMapping mapping,
            List<EntryCoverage> entries) {
        this.subject = subject;
        this.manifestId = manifestId;
        this.tree = tree;
        this.mapping = mapping;
        this.entries = List.copyOf(entries);
        this.summary = summarize(mapping.catalog(), this.entries);
    }

    /**
     * The coverage of a manifest against the built-in catalog and mapping.
     *
     * @param manifest the manifest
     * @return the report
     */
    public static CoverageReport of(Manifest manifest) {
        return of(manifest, EvidenceMapping.builtIn());
    }

    /**
     * The coverage of a manifest against a mapping.
     *
     * @param manifest the manifest
     * @param mapping the mapping (and through it the catalog)
     * @return the report
     */
    public static CoverageReport of(Manifest manifest, EvidenceMapping mapping) {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(mapping, "mapping");
        JsonValue manifestTree = ManifestCodec.json().toTree(manifest);
        String subject = manifest.model().name() + "@" + manifest.model().version();
        List<EntryCoverage> entries = new ArrayList<>();
        for (CatalogEntry entry : mapping.catalog().entries()) {
            Optional<String> reason = mapping.notEvidencedReason(entry);
            if (reason.isPresent()) {
                entries.add(new EntryCoverage(entry, EntryCoverage.Status.NOT_EVIDENCED_BY_MANIFEST, List.of(),
                        List.of(), reason));
                continue;
            }
            List<FieldPath> present = new ArrayList<>();
            List<FieldPath> absent = new ArrayList<>();
            for (FieldEvidence field : mapping.fieldsFor(entry)) {
                (field.path().isPopulatedIn(manifestTree) ? present : absent).add(field.path());
            }
            entries.add(new EntryCoverage(entry, present.isEmpty() ? EntryCoverage.Status.GAP
                    : EntryCoverage.Status.EVIDENCED, present, absent, Optional.empty()));
        }
        return new CoverageReport(subject, ManifestIdentity.of(manifest), manifestTree, mapping, entries);
    }

    private static List<CoverageSummary> summarize(FrameworkCatalog catalog, List<EntryCoverage> entries) {
        List<CoverageSummary> rows = new ArrayList<>();
        for (Framework framework : catalog.frameworks()) {
            List<EntryCoverage> mine = entries.stream().filter(e -> e.entry().framework().equals(framework)).toList();
            rows.add(count(framework, Optional.empty(), mine));
            for (RmfFunction function : RmfFunction.values()) {
                List<EntryCoverage> part = mine.stream()
                        .filter(e -> e.entry().function().equals(Optional.of(function))).toList();
                if (!part.isEmpty()) {
                    rows.add(count(framework, Optional.of(function), part));
                }
            }
        }
        return List.copyOf(rows);
    }

    private static CoverageSummary count(Framework framework, Optional<RmfFunction> function, List<EntryCoverage> of) {
        int evidenced = 0;
        int gaps = 0;
        int na = 0;
        for (EntryCoverage e : of) {
            switch (e.status()) {
                case EVIDENCED -> evidenced++;
                case GAP -> gaps++;
                default -> na++;
            }
        }
        return new CoverageSummary(framework, function, evidenced, gaps, na);
    }

    /**
     * What the report is about.
     *
     * @return the model's {@code name@version}
     */
    public String subject() {
        return subject;
    }

    /**
     * The id of the manifest the report covers.
     *
     * @return its id
     */
    public ManifestId manifestId() {
        return manifestId;
    }

    /**
     * The values a field path selects in the covered manifest: for each populated place it
     * names, the concrete location (e.g. {@code /datasets/0/consent}) and the value, as JSON text
     * for arrays and objects.
     *
     * @param path the path
     * @return the places and values, in document order; empty when the field is not populated
     */
    public List<Map.Entry<String, String>> valuesOf(FieldPath path) {
        return FieldValues.of(tree, path.value());
    }

    /**
     * The mapping used (and its catalog).
     *
     * @return the mapping
     */
    public EvidenceMapping mapping() {
        return mapping;
    }

    /**
     * Every entry's coverage, in catalog order.
     *
     * @return an immutable list
     */
    public List<EntryCoverage> entries() {
        return entries;
    }

    /**
     * Counts per framework, each followed by its per-function rows (NIST frameworks).
     *
     * @return an immutable list
     */
    public List<CoverageSummary> summary() {
        return summary;
    }

    /**
     * The gaps: entries a manifest could evidence but this one does not.
     *
     * @return the gaps, in catalog order
     */
    public List<EntryCoverage> gaps() {
        return entries.stream().filter(e -> e.status() == EntryCoverage.Status.GAP).toList();
    }
}
