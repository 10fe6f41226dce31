package dev.mlbom.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one check.
 *
 * @param check which check
 * @param status passed, failed or skipped
 * @param reason the failure reason, present exactly when failed
 * @param message what was checked or what failed, where, and what to do
 */
public record CheckResult(CheckName check, Status status, Optional<VerificationException.Reason> reason,
        String message) {

    /** A check's status. */
    public enum Status {
        /** The check passed. */
        PASSED,
        /** The check failed; the model must not be used. */
        FAILED,
        /** The check did not run: the policy skips it, or an earlier failure made it meaningless. */
        SKIPPED
    }

    /** Checks that a reason is present exactly when failed. */
    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if ((status == Status.FAILED) != reason.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly for failed checks");
        }
    }

    static CheckResult passed(CheckName check, String message) {
        return new CheckResult(check, Status.PASSED, Optional.empty(), message);
    }

    static CheckResult failed(CheckName check, VerificationException.Reason reason, String message) {
        return new CheckResult(check, Status.FAILED, Optional.of(reason), message);
    }

    static CheckResult skipped(CheckName check, String message) {
        return new CheckResult(check, Status.SKIPPED, Optional.empty(), message);
    }
}
