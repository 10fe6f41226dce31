package dev.mlbom.lineage;

import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;
import java.util.Objects;
import java.util.Optional;

/**
 * One manifest offered to a {@link LineageGraph}, with its id when already known (e.g. taken from
 * a verified envelope) and where it came from (for messages).
 *
 * <p>Immutable and thread-safe.
 *
 * @param manifest the manifest
 * @param id its manifest id when known; when empty the graph computes it with its
 *     {@link ManifestIdentifier}. A supplied id is trusted as given.
 * @param origin where it came from, e.g. a file path, or {@code memory}
 */
public record LineageEntry(Manifest manifest, Optional<ManifestId> id, String origin) {

    /** Checks the invariants. */
    public LineageEntry {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * An entry whose id is already known.
     *
     * @param id the manifest id
     * @param manifest the manifest
     * @return the entry, origin {@code memory}
     */
    public static LineageEntry of(ManifestId id, Manifest manifest) {
        return new LineageEntry(manifest, Optional.of(id), "memory");
    }

    /**
     * An entry whose id the graph computes.
     *
     * @param manifest the manifest
     * @return the entry, origin {@code memory}
     */
    public static LineageEntry of(Manifest manifest) {
        return new LineageEntry(manifest, Optional.empty(), "memory");
    }
}
