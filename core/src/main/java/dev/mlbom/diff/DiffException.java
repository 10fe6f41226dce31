package dev.mlbom.diff;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * A version history could not be diffed, or a version did not pass a {@link VersionCheck}.
 *
 * <p>Immutable once thrown and safe to share between threads.
 */
public final class DiffException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason implements ReasonCode {
        /** The history is empty: there is no current version. */
        EMPTY_HISTORY,
        /** A version's manifest could not be read. */
        UNREADABLE_VERSION,
        /** A version did not pass the check (thrown by {@link VersionCheck#of}'s adapter). */
        CHECK_FAILED
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason the reason
     * @param message what was wrong, where, and what to do
     * @param cause the underlying failure, or null
     */
    public DiffException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
