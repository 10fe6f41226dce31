package dev.mlbom.frameworks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.frameworks.internal.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned catalog of framework entries mlbom reports coverage against, shipped as data
 * ({@code dev/mlbom/frameworks/catalog.json}): all 72 NIST AI RMF 1.0 subcategories, the NIST AI
 * 600-1 actions that concern provenance, EU AI Act Article 10(2)(a)-(h) and Annex IV points 1-9,
 * and OWASP Top 10 for LLM Applications 2025 LLM03 and LLM04. Ids are the frameworks' own;
 * titles are short paraphrases.
 *
 * <p>Immutable and thread-safe.
 */
public final class FrameworkCatalog {

    /** Id of the NIST AI RMF 1.0 framework. */
    public static final String NIST_AI_RMF = "nist-ai-rmf";
    /** Id of the NIST AI 600-1 provenance actions. */
    public static final String NIST_AI_600_1 = "nist-ai-600-1";
    /** Id of the EU AI Act entries. */
    public static final String EU_AI_ACT = "eu-ai-act";
    /** Id of the OWASP LLM Top 10 entries. */
    public static final String OWASP_LLM = "owasp-llm";

    private static final FrameworkCatalog BUILT_IN = load(Resources.json("catalog.json"));

    private final String version;
    private final List<Framework> frameworks;
    private final List<CatalogEntry> entries;
    private final Map<String, CatalogEntry> byRef;

    private FrameworkCatalog(String version, List<Framework> frameworks, List<CatalogEntry> entries) {
        this.version = version;
        this.frameworks = List.copyOf(frameworks);
        this.entries = List.copyOf(entries);
        Map<String, CatalogEntry> index = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            if (index.put(entry.ref(), entry) != null) {
                throw new IllegalStateException("duplicate catalog entry " + entry.ref());
            }
        }
        this.byRef = index;
    }

    /**
     * The catalog shipped with this version of mlbom.
     *
     * @return the built-in catalog
     */
    public static FrameworkCatalog builtIn() {
        return BUILT_IN;
    }

    private static FrameworkCatalog load(JsonNode root) {
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (JsonNode f : root.path("frameworks")) {
            frameworks.put(f.path("id").asText(), new Framework(f.path("id").asText(), f.path("name").asText(),
                    f.path("edition").asText()));
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (JsonNode e : root.path("entries")) {
            Framework framework = frameworks.get(e.path("framework").asText());
            if (framework == null) {
                throw new IllegalStateException("catalog entry of unknown framework: " + e);
            }
            Optional<RmfFunction> function = e.has("function")
                    ? Optional.of(RmfFunction.valueOf(e.get("function").asText())) : Optional.empty();
            entries.add(new CatalogEntry(framework, e.path("id").asText(), function, e.path("title").asText()));
        }
        return new FrameworkCatalog(root.path("catalogVersion").asText(), new ArrayList<>(frameworks.values()), entries);
    }

    /**
     * The catalog's version, e.g. {@code 2026.11.0}; changes whenever an entry changes.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The frameworks, in catalog order.
     *
     * @return an immutable list
     */
    public List<Framework> frameworks() {
        return frameworks;
    }

    /**
     * Every entry, in catalog order (framework by framework, in the framework's own order).
     *
     * @return an immutable list
     */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * The entries of one framework.
     *
     * @param frameworkId e.g. {@link #NIST_AI_RMF}
     * @return its entries in order; empty for an unknown framework
     */
    public List<CatalogEntry> entries(String frameworkId) {
        return entries.stream().filter(e -> e.framework().id().equals(frameworkId)).toList();
    }

    /**
     * An entry by reference.
     *
     * @param ref {@code framework:id}, e.g. {@code nist-ai-rmf:MAP 4.1}
     * @return the entry, or empty
     */
    public Optional<CatalogEntry> entry(String ref) {
        return Optional.ofNullable(byRef.get(ref));
    }
}
