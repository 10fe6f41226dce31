package dev.mlbom.dsse;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A DSSE envelope or its in-toto Statement payload was rejected. The message says what was
 * wrong and where (a JSON Pointer into the envelope or the payload), and {@link #pointer()}
 * gives the pointer on its own.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class EnvelopeException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why the envelope or statement was rejected. */
    public enum Reason implements ReasonCode {
        /** Not JSON, trailing content, or a value that breaks the format's rules. */
        MALFORMED,
        /** Larger than the reader's size limit. */
        TOO_LARGE,
        /** A JSON object names the same member twice. */
        DUPLICATE_KEY,
        /** A member the format does not define. */
        UNKNOWN_FIELD,
        /** A required member is absent. */
        MISSING_FIELD,
        /** A member has the wrong JSON type. */
        WRONG_TYPE,
        /** A base64 value is neither standard nor URL-safe base64, or not canonically encoded. */
        BAD_BASE64,
        /** The envelope carries no signature. */
        NO_SIGNATURES,
        /** The envelope's payloadType is not the one expected. */
        PAYLOAD_TYPE_MISMATCH,
        /** The statement's {@code _type} is not in-toto Statement v1. */
        STATEMENT_TYPE_MISMATCH,
        /** The statement's predicateType is not the one expected. */
        PREDICATE_TYPE_MISMATCH,
        /** The statement could not be canonicalized (RFC 8785) for signing. */
        NOT_CANONICALIZABLE
    }

    private final Reason reason;
    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document),
     *     or null when no location applies
     * @param message what was wrong and what to do
     */
    public EnvelopeException(Reason reason, String pointer, String message) {
        this(reason, pointer, message, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param reason why
     * @param pointer the JSON Pointer of the offending value, or null
     * @param message what was wrong and what to do
     * @param cause the underlying failure, or null
     */
    public EnvelopeException(Reason reason, String pointer, String message, Throwable cause) {
        super(pointer == null ? message : message + " (at '" + pointer + "')", cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.pointer = pointer;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Where the problem is.
     *
     * @return the JSON Pointer, or empty when no location applies
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }
}
