package dev.mlbom.lineage;

import dev.mlbom.model.ManifestId;
import java.util.Objects;
import java.util.Optional;

/**
 * An edge of a {@link LineageGraph}, pointing the way things flow: from a parent model (or a
 * dataset) to the model derived from it (or that used it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the parent model or the dataset
 * @param target the derived model
 * @param kind the relation or dataset role
 * @param label what to print on the edge: the kind's label, or the free text of an
 *     {@code other} relation or role
 * @param claimedParentId for lineage edges: the parent manifest id the derived model's manifest
 *     names, if any
 */
public record LineageEdge(LineageNode source, LineageNode target, EdgeKind kind, String label,
        Optional<ManifestId> claimedParentId) {

    /** Checks the invariants. */
    public LineageEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(claimedParentId, "claimedParentId");
    }

    @Override
    public String toString() {
        return source.coordinates() + " -[" + label + "]-> " + target.coordinates();
    }
}
