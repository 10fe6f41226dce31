package dev.mlbom.frameworks;

import java.util.Objects;
import java.util.Optional;

/**
 * Counts for one framework, or one RMF function within a framework.
 *
 * <p>Immutable and thread-safe.
 *
 * @param framework the framework
 * @param function the function, or empty for the framework's total
 * @param evidenced entries evidenced
 * @param gaps entries that could be evidenced but are not
 * @param notEvidencedByManifest entries no manifest can evidence
 */
public record CoverageSummary(Framework framework, Optional<RmfFunction> function, int evidenced, int gaps,
        int notEvidencedByManifest) {

    /** Checks the invariants. */
    public CoverageSummary {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(function, "function");
    }

    /**
     * All entries counted.
     *
     * @return evidenced + gaps + not evidenced by manifest
     */
    public int total() {
        return evidenced + gaps + notEvidencedByManifest;
    }

    /**
     * The share of entries a manifest can evidence that this one does.
     *
     * @return evidenced / (evidenced + gaps), between 0 and 1; 0 when nothing is evidenceable
     */
    public double coverage() {
        int evidenceable = evidenced + gaps;
        return evidenceable == 0 ? 0 : evidenced / (double) evidenceable;
    }
}
