package dev.mlbom.lineage;

import java.util.List;

/**
 * Where a {@link LineageGraph} gets its manifests: a directory ({@link DirectorySource}), a
 * registry, a list in memory. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ManifestSource {

    /**
     * Loads every manifest of the source.
     *
     * @return the entries, in a deterministic order
     * @throws LineageException with reason {@code UNREADABLE_SOURCE} when an entry cannot be read
     */
    List<LineageEntry> load() throws LineageException;
}
