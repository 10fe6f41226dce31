package dev.mlbom.verify;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy file was rejected. The message names the file, the JSON Pointer of the offending value
 * and what to do.
 */
public final class PolicyException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why the policy was rejected. */
    public enum Reason implements ReasonCode {
        /** The file is not well-formed YAML or JSON, or breaks the strict reading rules. */
        MALFORMED,
        /** A value is missing, unknown, of the wrong type, or not allowed. */
        INVALID,
        /** A key or certificate file the policy names cannot be read or used. */
        KEY_UNREADABLE,
        /** The policy file is not a regular file (a directory, FIFO, socket or device); it is not opened. */
        NOT_A_FILE,
        /** The policy file is larger than 1 MiB; at most that much plus one byte is read. */
        TOO_LARGE,
        /** The policy file cannot be read. */
        IO_ERROR;

        /** {@inheritDoc} */
        @Override
        public Kind kind() {
            return this == IO_ERROR ? Kind.ENVIRONMENT_FAILED : Kind.INPUT_REJECTED;
        }
    }

    private final Reason reason;
    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param pointer the JSON Pointer of the offending value, or null
     * @param message what is wrong, where and what to do
     * @param cause the underlying failure, or null
     */
    public PolicyException(Reason reason, String pointer, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.pointer = pointer;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * Where in the policy document the problem is.
     *
     * @return the JSON Pointer, or empty
     */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }
}
