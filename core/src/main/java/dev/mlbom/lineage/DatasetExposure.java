package dev.mlbom.lineage;

import java.util.List;
import java.util.Objects;

/**
 * A model exposed to a dataset: trained on it directly, or descended from a model that was.
 * The answer to "which models were trained on dataset D@v?" (the poisoned-data question).
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the exposed model
 * @param direct true when the model's own manifest lists the dataset in a weight-shaping role
 * @param role for a direct exposure, the dataset edge's kind; for an inherited one, the kind of
 *     the edge by which the nearest directly exposed ancestor used the dataset
 * @param path from the directly exposed model down to {@code model}; just {@code model} when direct
 */
public record DatasetExposure(LineageNode model, boolean direct, EdgeKind role, LineagePath path) {

    /** Checks the invariants. */
    public DatasetExposure {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
    }

    /**
     * The directly exposed model this model inherited the dataset from (itself when direct).
     *
     * @return the first node of {@link #path()}
     */
    public LineageNode exposedThrough() {
        return path.nodes().get(0);
    }
}
