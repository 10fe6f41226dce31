package dev.mlbom.verify;

import dev.mlbom.error.ReasonCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one check of a verification run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param check which check
 * @param status passed, failed or skipped
 * @param reason the failure reason, present exactly when failed
 * @param detail the more specific reason behind a failure, when one lower layer gave it (e.g.
 *     {@code SYMLINK_REJECTED} behind {@code ARTIFACT_UNREADABLE}); data, never to be parsed out
 *     of the message
 * @param message what was found, in words a person can act on
 */
public record CheckResult(CheckName check, Status status, Optional<VerificationException.Reason> reason,
        Optional<ReasonCode> detail, String message) {

    /** Whether a check passed, failed or did not run. */
    public enum Status {
        /** The check ran and passed. */
        PASSED,
        /** The check ran and failed; {@link CheckResult#reason()} says why. */
        FAILED,
        /** The check did not run (the policy skips it, or an earlier check it needs failed). */
        SKIPPED
    }

    /** Checks that a reason is present exactly when failed, and a detail only with a reason. */
    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(message, "message");
        if ((status == Status.FAILED) != reason.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly for failed checks");
        }
        if (detail.isPresent() && reason.isEmpty()) {
            throw new IllegalArgumentException("a detail is given only with a reason");
        }
    }

    static CheckResult passed(CheckName check, String message) {
        return new CheckResult(check, Status.PASSED, Optional.empty(), Optional.empty(), message);
    }

    static CheckResult failed(CheckName check, VerificationException.Reason reason, Optional<ReasonCode> detail,
            String message) {
        return new CheckResult(check, Status.FAILED, Optional.of(reason), detail, message);
    }

    static CheckResult skipped(CheckName check, String message) {
        return new CheckResult(check, Status.SKIPPED, Optional.empty(), Optional.empty(), message);
    }
}
