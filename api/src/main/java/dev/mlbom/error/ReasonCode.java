package dev.mlbom.error;

/**
 * A stable, typed reason code. Every {@code Reason} enum of mlbom's exceptions implements it, so
 * that code handling any {@link MlbomException} can read the code and its {@link Kind} without
 * knowing the concrete exception type and without parsing messages.
 *
 * <p>Implementations are enums and therefore immutable and thread-safe.
 */
public interface ReasonCode {

    /**
     * The code, e.g. {@code ARTIFACT_DIGEST_MISMATCH}; stable across releases.
     *
     * @return the code (for enums, the constant's name)
     */
    String name();

    /**
     * Whether this reason means the input was rejected or the environment failed.
     *
     * @return {@link Kind#INPUT_REJECTED} unless the constant says otherwise
     */
    default Kind kind() {
        return Kind.INPUT_REJECTED;
    }

    /**
     * The two families of failure, kept apart as Nimbus JOSE keeps {@code BadJOSEException}
     * (bad input) apart from {@code JOSEException} (processing failed).
     */
    enum Kind {
        /**
         * The input (a manifest, envelope, key, policy, model file) was looked at and refused.
         * Retrying with the same input gives the same answer; fix or replace the input.
         */
        INPUT_REJECTED,
        /**
         * The environment failed before an answer could be reached: an I/O error, a provider or
         * key service that did not answer, a cancelled run. The input may be fine; retrying may
         * succeed. Either way, nothing was verified or written.
         */
        ENVIRONMENT_FAILED
    }
}
