package dev.mlbom.crypto;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * A key, certificate or key file was rejected or could not be read or written. Messages say what
 * was wrong and where (a file path or "PEM text"), never any key material or password.
 *
 * <p>Immutable once thrown; safe to share between threads.
 */
public final class KeyException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why the key was rejected. */
    public enum Reason implements ReasonCode {
        /** The text is not PEM, or the PEM block or its DER content is malformed. */
        MALFORMED_PEM,
        /** The key type, curve or encoding is not one mlbom signs or verifies with. */
        UNSUPPORTED_KEY,
        /**
         * The algorithm is not one mlbom's built-in crypto implements (a vendor algorithm named
         * with {@link dev.mlbom.spi.SignatureAlgorithm#of(String)}).
         */
        UNSUPPORTED_ALGORITHM,
        /** The key is too weak for mlbom's policy (an RSA key under 3072 bits). */
        WEAK_KEY,
        /** The key file is encrypted and no password was given. */
        PASSWORD_REQUIRED,
        /** The password does not decrypt the key file (or the file is corrupt). */
        WRONG_PASSWORD,
        /** The key is of another algorithm than the one required (e.g. a P-256 key for P-384). */
        ALGORITHM_MISMATCH,
        /** A private key file already exists where a new one was to be written. */
        FILE_EXISTS,
        /** A key file is not a regular file (a directory, FIFO, socket or device); it is not opened. */
        NOT_A_FILE,
        /** A key or certificate file is larger than 1 MiB; at most that much plus one byte is read. */
        TOO_LARGE,
        /** A key file could not be read or written. */
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
     * @param message what was wrong, where, and what to do; never key material
     * @param cause the underlying failure, or null
     */
    public KeyException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates the exception without a cause.
     *
     * @param reason why
     * @param message what was wrong, where, and what to do
     */
    public KeyException(Reason reason, String message) {
        this(reason, message, null);
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
