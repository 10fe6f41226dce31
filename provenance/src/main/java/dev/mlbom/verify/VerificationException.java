package dev.mlbom.verify;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * A model failed verification: the serving app must not load it. The {@link #reason()} is stable
 * and specific; the message names the file or field at fault and what to do.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerificationException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why verification failed. Each names one check; see {@link CheckName}. */
    public enum Reason implements ReasonCode {
        /** The model path does not exist or is not a file or directory. */
        MODEL_NOT_FOUND,
        /** No envelope at the expected path. */
        ENVELOPE_NOT_FOUND,
        /** The envelope or its statement is not well-formed (JSON, base64, fields, size). */
        ENVELOPE_MALFORMED,
        /** The DSSE payloadType is not {@code application/vnd.in-toto+json}. */
        PAYLOAD_TYPE_MISMATCH,
        /** The payload bytes are not the RFC 8785 canonical form of the statement. */
        PAYLOAD_NOT_CANONICAL,
        /** The statement's predicateType is not mlbom's provenance predicate. */
        PREDICATE_TYPE_MISMATCH,
        /** No signature is by a key the policy trusts. */
        UNTRUSTED_KEY,
        /** A signature by a trusted key does not verify: the payload or signature was changed. */
        SIGNATURE_INVALID,
        /** Fewer distinct trusted keys signed than the policy's threshold requires. */
        THRESHOLD_NOT_MET,
        /** The only trusted signing keys are past their validity window. */
        KEY_EXPIRED,
        /** The only trusted signing keys are not valid yet. */
        KEY_NOT_YET_VALID,
        /** The only trusted signing keys are revoked. */
        KEY_REVOKED,
        /** The manifest breaks the manifest schema or the model's rules. */
        SCHEMA_INVALID,
        /** The record is of another model (or another manifest) than the policy names. */
        MODEL_MISMATCH,
        /** The manifest lacks a field the policy's required-field profile asks for. */
        REQUIRED_FIELD_MISSING,
        /** The statement's subjects do not match the manifest's artifacts. */
        SUBJECT_MISMATCH,
        /** A file the manifest lists is not in the model directory. */
        ARTIFACT_MISSING,
        /** The model directory has a file the manifest does not list. */
        ARTIFACT_UNEXPECTED,
        /** A file's size or digest differs from the manifest's. */
        ARTIFACT_DIGEST_MISMATCH,
        /** A file could not be hashed safely (symlink, special file, I/O error, changed while read). */
        ARTIFACT_UNREADABLE,
        /** The record is older than the policy's maximum age. */
        EXPIRED,
        /** The record's signing time lies in the future beyond the allowed clock skew. */
        NOT_YET_VALID,
        /** The model's version is lower than the policy's minimum (rollback). */
        ROLLBACK,
        /** The policy requires every ancestor's envelope, and one is missing or does not verify. */
        LINEAGE_INCOMPLETE,
        /** The run was cancelled through {@link VerifyOptions#cancellation()} (or interrupted) before it ended. */
        CANCELLED;

        /** {@inheritDoc} */
        @Override
        public Kind kind() {
            return this == CANCELLED ? Kind.ENVIRONMENT_FAILED : Kind.INPUT_REJECTED;
        }
    }

    private final Reason reason;
    private final transient VerificationReport report;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message what failed, where, and what to do
     * @param report every check's outcome, or null
     */
    public VerificationException(Reason reason, String message, VerificationReport report) {
        this(reason, message, report, null);
    }

    /**
     * Creates the exception with the failure that caused it (e.g. the hashing error behind
     * {@link Reason#ARTIFACT_UNREADABLE}); its reason is then in {@link #reasonChain()}.
     *
     * @param reason why
     * @param message what failed, where, and what to do
     * @param report every check's outcome, or null
     * @param cause the underlying failure, or null
     */
    public VerificationException(Reason reason, String message, VerificationReport report, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.report = report;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * The outcome of every check that ran, for CI output.
     *
     * @return the report, or empty when verification stopped before any check ran
     */
    public java.util.Optional<VerificationReport> report() {
        return java.util.Optional.ofNullable(report);
    }
}
