package dev.mlbom.sign;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * The signed envelope could not be written. Nothing partial is left behind: the envelope is
 * written to a temporary file and moved into place atomically.
 */
public final class SignOutputException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why the envelope was not written. */
    public enum Reason implements ReasonCode {
        /**
         * The envelope has no place: the model path has no file name (e.g. {@code /}), so there is
         * no default {@code <model>.mlbom.json}; give the envelope's path.
         */
        NO_ENVELOPE_PATH,
        /** The file system refused the write or the move. */
        IO_ERROR;

        /** {@inheritDoc} */
        @Override
        public Kind kind() {
            return this == IO_ERROR ? Kind.ENVIRONMENT_FAILED : Kind.INPUT_REJECTED;
        }
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message what failed, where, and what to do
     * @param cause the I/O failure
     */
    public SignOutputException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
