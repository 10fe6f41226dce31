package dev.mlbom.spi;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * A signature was rejected: malformed, made with another algorithm, or not valid for the data.
 * The message never says more than needed to act (no oracle on why a valid-looking signature
 * failed).
 */
public final class InvalidSignatureException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why the signature was rejected. */
    public enum Reason implements ReasonCode {
        /** The signature bytes are not a valid encoding for the algorithm (length, DER). */
        MALFORMED,
        /** The signature names or implies another algorithm than the key's. */
        ALGORITHM_MISMATCH,
        /** The signature does not verify over the data with this key. */
        SIGNATURE_INVALID,
        /**
         * The certificate chain that came with the signature is missing, does not lead to a
         * trusted root, is outside its validity at the validation time, or does not allow signing.
         */
        CERTIFICATE_UNTRUSTED
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message what was rejected and what to do
     */
    public InvalidSignatureException(Reason reason, String message) {
        super(message, null);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
