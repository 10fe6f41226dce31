package dev.mlbom.lineage;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.List;
import java.util.Objects;

/**
 * A set of manifests does not form a sound lineage graph, or could not be loaded. Carries every
 * issue found (see {@link #issues()}); {@link #reason()} is the reason of the first error.
 *
 * <p>Immutable once thrown and safe to share between threads.
 */
public final class LineageException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why a lineage was rejected. */
    public enum Reason implements ReasonCode {
        /** Models name each other as parents in a loop; the message shows the loop in order. */
        CYCLE,
        /** A parent reference carries a manifest id that is not the parent manifest's id (forged or stale). */
        PARENT_ID_MISMATCH,
        /** A parent is referenced but its manifest is not in the set. A warning unless the whole lineage is required. */
        MISSING_ANCESTOR,
        /** Two different manifests claim the same model {@code name@version}. */
        DUPLICATE_MODEL,
        /** A manifest claims itself as its own parent. */
        SELF_PARENT,
        /** A manifest or envelope in a source could not be read (malformed, invalid, unreadable). */
        UNREADABLE_SOURCE,
        /** A manifest's id could not be computed (the identity function failed). */
        IDENTITY_FAILED
    }

    private final Reason reason;
    private final transient List<IntegrityIssue> issues;

    /**
     * Creates the exception.
     *
     * @param reason the reason code
     * @param message what was wrong, where, and what to do
     * @param issues every issue found (may be empty for load failures)
     * @param cause the underlying failure, or null
     */
    public LineageException(Reason reason, String message, List<IntegrityIssue> issues, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.issues = List.copyOf(issues);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Every integrity issue found, errors and warnings.
     *
     * @return an immutable list, empty when the failure was a load failure
     */
    public List<IntegrityIssue> issues() {
        return issues;
    }
}
