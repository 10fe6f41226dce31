package dev.mlbom.frameworks;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the catalog: a NIST AI RMF subcategory, a NIST AI 600-1 action, an EU AI Act
 * provision or an OWASP LLM risk. Its id is the framework's own; its title is mlbom's short
 * paraphrase (read the official text for the requirement).
 *
 * <p>Immutable and thread-safe.
 *
 * @param framework the framework
 * @param id the entry's id in its framework, e.g. {@code MAP 4.1}, {@code MS-2.5-005},
 *     {@code Art.10(2)(b)}, {@code LLM03:2025}
 * @param function for NIST entries, the RMF function it belongs to
 * @param title a short paraphrase
 */
public record CatalogEntry(Framework framework, String id, Optional<RmfFunction> function, String title) {

    /** Checks the invariants. */
    public CatalogEntry {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(title, "title");
    }

    /**
     * The entry's reference, unique in the catalog: {@code framework:id}.
     *
     * @return e.g. {@code nist-ai-rmf:MAP 4.1}
     */
    public String ref() {
        return framework.id() + ":" + id;
    }
}
