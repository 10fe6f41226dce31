package dev.mlbom.lineage;

import dev.mlbom.model.ManifestId;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a {@link LineageGraph}: a model or a dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind model or dataset
 * @param name the name
 * @param version the version; always present for models, optional for datasets
 * @param manifestId for a model in the graph's set: its manifest id; for a model that is only
 *     referenced as a parent (missing): the id the first reference claims, if any; empty for datasets
 * @param missing true for a model referenced as a parent whose manifest is not in the set
 */
public record LineageNode(NodeKind kind, String name, Optional<String> version, Optional<ManifestId> manifestId,
        boolean missing) {

    /** Checks the invariants. */
    public LineageNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(manifestId, "manifestId");
        if (kind == NodeKind.MODEL && version.isEmpty()) {
            throw new IllegalArgumentException("a model node needs a version");
        }
        if (kind == NodeKind.DATASET && (missing || manifestId.isPresent())) {
            throw new IllegalArgumentException("a dataset node has no manifest id and is never missing");
        }
    }

    /**
     * The node's {@code name@version}, or the name alone for a dataset without version.
     *
     * @return e.g. {@code acme/support-bot@2.3.0}
     */
    public String coordinates() {
        return version.map(v -> name + "@" + v).orElse(name);
    }

    /**
     * Whether this node is a model.
     *
     * @return true for {@link NodeKind#MODEL}
     */
    public boolean isModel() {
        return kind == NodeKind.MODEL;
    }

    @Override
    public String toString() {
        return coordinates();
    }
}
