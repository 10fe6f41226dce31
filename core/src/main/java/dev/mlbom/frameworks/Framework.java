package dev.mlbom.frameworks;

import java.util.Objects;

/**
 * A framework of the catalog, in one edition.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the catalog's id, e.g. {@code nist-ai-rmf}
 * @param name its name
 * @param edition the edition the entries come from, e.g. {@code 1.0 (NIST AI 100-1, January 2023)}
 */
public record Framework(String id, String name, String edition) {

    /** Checks the invariants. */
    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edition, "edition");
    }
}
