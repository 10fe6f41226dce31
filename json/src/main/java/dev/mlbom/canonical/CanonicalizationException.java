package dev.mlbom.canonical;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when a JSON document cannot be canonicalized per RFC 8785 because the input was rejected:
 * it is not strict JSON, has a duplicate member name, a string that is not valid Unicode, a number
 * that is not a finite IEEE-754 double, or it exceeds the configured depth or size limits.
 *
 * <p>The message says what was wrong, where (byte offset into the input and the JSON Pointer of the
 * value, when known) and what to do. {@link #byteOffset()} and {@link #jsonPointer()} give the same
 * location to programs.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CanonicalizationException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why a document was rejected. */
    public enum Reason implements ReasonCode {
        /** Not strict RFC 8259 JSON: syntax error, leading zero, trailing comma, NaN/Infinity, trailing data, unsupported tree node. */
        INVALID_JSON,
        /** An object has two members with the same name (compared after unescaping). */
        DUPLICATE_KEY,
        /** A string is not valid Unicode: lone surrogate (raw or escaped), invalid UTF-8, or an unescaped control character. */
        INVALID_STRING,
        /** A number is outside the finite IEEE-754 double range (e.g. {@code 1e400}), or a tree holds NaN/Infinity. */
        NUMBER_OUT_OF_RANGE,
        /** Arrays and objects are nested deeper than the configured maximum depth. */
        TOO_DEEP,
        /** The document is larger than the configured maximum size. */
        TOO_LARGE
    }

    /** The reason code. */
    private final Reason reason;
    /** The byte offset into the input, or -1. */
    private final long byteOffset;
    /** The JSON Pointer of the offending value, or null. */
    private final String jsonPointer;

    /**
     * Creates an exception.
     *
     * @param reason the reason code; never null
     * @param message what was wrong, where and what to do; never null
     * @param byteOffset the byte offset into the input where the problem was found, or -1 if unknown
     *     (e.g. for a Jackson tree)
     * @param jsonPointer the RFC 6901 JSON Pointer of the offending value, or null if unknown
     */
    public CanonicalizationException(Reason reason, String message, long byteOffset, String jsonPointer) {
        super(message, null);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.byteOffset = byteOffset < 0 ? -1 : byteOffset;
        this.jsonPointer = jsonPointer;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * The byte offset into the input at which the problem was detected.
     *
     * @return the offset, or empty when the input was not a byte array (a Jackson tree)
     */
    public OptionalLong byteOffset() {
        return byteOffset < 0 ? OptionalLong.empty() : OptionalLong.of(byteOffset);
    }

    /**
     * The RFC 6901 JSON Pointer of the value being read when the problem was detected
     * ({@code ""} is the whole document).
     *
     * @return the pointer, or empty when no location applies (e.g. the document is too large)
     */
    public Optional<String> jsonPointer() {
        return Optional.ofNullable(jsonPointer);
    }
}
