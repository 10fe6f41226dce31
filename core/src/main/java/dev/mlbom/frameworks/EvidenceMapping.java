package dev.mlbom.frameworks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.frameworks.internal.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which manifest field is evidence for which catalog entry, shipped as versioned data
 * ({@code dev/mlbom/frameworks/mapping.json}) and published as {@code docs/framework-mapping.md}.
 * Every catalog entry is either evidenced by at least one field or marked
 * "not evidenced by a manifest" with a reason (organisational policies, processes over time,
 * documents outside the model's record).
 *
 * <p>Immutable and thread-safe.
 */
public final class EvidenceMapping {

    private static final EvidenceMapping BUILT_IN = load(Resources.json("mapping.json"), FrameworkCatalog.builtIn());

    private final String version;
    private final FrameworkCatalog catalog;
    private final List<FieldEvidence> fields;
    private final Map<String, String> notEvidenced;
    private final Map<String, List<FieldEvidence>> byEntry;

    private EvidenceMapping(String version, FrameworkCatalog catalog, List<FieldEvidence> fields,
            Map<String, String> notEvidenced) {
        this.version = version;
        this.catalog = catalog;
        this.fields = List.copyOf(fields);
        this.notEvidenced = Collections.unmodifiableMap(new LinkedHashMap<>(notEvidenced));
        Map<String, List<FieldEvidence>> index = new LinkedHashMap<>();
        for (FieldEvidence field : fields) {
            for (CatalogEntry entry : field.evidences()) {
                index.computeIfAbsent(entry.ref(), k -> new ArrayList<>()).add(field);
                if (notEvidenced.containsKey(entry.ref())) {
                    throw new IllegalStateException(entry.ref() + " is both mapped and marked not evidenced");
                }
            }
        }
        for (CatalogEntry entry : catalog.entries()) {
            if (!index.containsKey(entry.ref()) && !notEvidenced.containsKey(entry.ref())) {
                throw new IllegalStateException(entry.ref() + " is neither mapped nor marked not evidenced");
            }
        }
        this.byEntry = index;
    }

    /**
     * The mapping shipped with this version of mlbom, over {@link FrameworkCatalog#builtIn()}.
     *
     * @return the built-in mapping
     */
    public static EvidenceMapping builtIn() {
        return BUILT_IN;
    }

    private static EvidenceMapping load(JsonNode root, FrameworkCatalog catalog) {
        if (!root.path("catalogVersion").asText().equals(catalog.version())) {
            throw new IllegalStateException("mapping is for catalog " + root.path("catalogVersion").asText()
                    + ", not " + catalog.version());
        }
        List<FieldEvidence> fields = new ArrayList<>();
        for (JsonNode f : root.path("fields")) {
            List<CatalogEntry> evidences = new ArrayList<>();
            for (JsonNode ref : f.path("evidences")) {
                evidences.add(catalog.entry(ref.asText())
                        .orElseThrow(() -> new IllegalStateException("mapping names unknown entry " + ref.asText())));
            }
            evidences.sort((a, b) -> Integer.compare(catalog.entries().indexOf(a), catalog.entries().indexOf(b)));
            fields.add(new FieldEvidence(new FieldPath(f.path("path").asText()), f.path("why").asText(), evidences));
        }
        Map<String, String> notEvidenced = new LinkedHashMap<>();
        for (JsonNode n : root.path("notEvidencedByManifest")) {
            String ref = n.path("entry").asText();
            catalog.entry(ref).orElseThrow(() -> new IllegalStateException("mapping names unknown entry " + ref));
            notEvidenced.put(ref, n.path("reason").asText());
        }
        return new EvidenceMapping(root.path("mappingVersion").asText(), catalog, fields, notEvidenced);
    }

    /**
     * The mapping's version; changes whenever a row changes.
     *
     * @return e.g. {@code 2026.11.0}
     */
    public String version() {
        return version;
    }

    /**
     * The catalog the mapping refers to.
     *
     * @return the catalog
     */
    public FrameworkCatalog catalog() {
        return catalog;
    }

    /**
     * Every mapped field, in manifest order.
     *
     * @return an immutable list
     */
    public List<FieldEvidence> fields() {
        return fields;
    }

    /**
     * The fields that are evidence for an entry.
     *
     * @param entry a catalog entry
     * @return the fields in manifest order; empty when the entry is not evidenced by a manifest
     */
    public List<FieldEvidence> fieldsFor(CatalogEntry entry) {
        return byEntry.getOrDefault(entry.ref(), List.of());
    }

    /**
     * Why an entry is not evidenced by a manifest.
     *
     * @param entry a catalog entry
     * @return the reason, or empty when fields are mapped to it
     */
    public Optional<String> notEvidencedReason(CatalogEntry entry) {
        return Optional.ofNullable(notEvidenced.get(entry.ref()));
    }
}
