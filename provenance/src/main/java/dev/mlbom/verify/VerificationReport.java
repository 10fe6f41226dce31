package dev.mlbom.verify;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of every check of one verification, for CI output and logs. Produced by
 * {@link Verifier#check}; also attached to a {@link VerificationException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model where the verified model is (a path or the {@link ModelFiles#location()})
 * @param envelope where the envelope came from (a path or the caller's description)
 * @param results one result per check, in {@link CheckName} order
 */
public record VerificationReport(String model, String envelope, List<CheckResult> results) {

    /** Copies the results. */
    public VerificationReport {
        results = List.copyOf(results);
    }

    /**
     * Whether every check passed or was skipped by the policy, with at least one passed.
     *
     * @return true when the model may be used
     */
    public boolean passed() {
        return firstFailure().isEmpty() && results.stream().anyMatch(r -> r.status() == CheckResult.Status.PASSED);
    }

    /**
     * The first failed check, in check order.
     *
     * @return the failure, or empty
     */
    public Optional<CheckResult> firstFailure() {
        return results.stream().filter(r -> r.status() == CheckResult.Status.FAILED).findFirst();
    }

    /**
     * The result of one check.
     *
     * @param check which
     * @return its result, or empty when it did not run
     */
    public Optional<CheckResult> result(CheckName check) {
        return results.stream().filter(r -> r.check() == check).findFirst();
    }
}
