package dev.mlbom.spi;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * A signer or provider failed: the key could not be reached or used, or its configuration was
 * wrong. This is "provider failed", kept apart from "input rejected"
 * ({@link InvalidSignatureException}).
 */
public final class SigningException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why signing failed. */
    public enum Reason implements ReasonCode {
        /** The provider's configuration is missing a value or has a wrong one. */
        CONFIG_INVALID,
        /** The key does not exist, is locked, or could not be loaded. */
        KEY_UNAVAILABLE,
        /** The provider does not support the requested algorithm. */
        UNSUPPORTED_ALGORITHM,
        /** The provider (KMS, HSM, library) failed while signing. */
        PROVIDER_FAILED,
        /** Discovery found no provider with the requested name. */
        PROVIDER_NOT_FOUND,
        /** Discovery found several providers with the requested name. */
        PROVIDER_AMBIGUOUS;

        /** {@inheritDoc} */
        @Override
        public Kind kind() {
            return this == KEY_UNAVAILABLE || this == PROVIDER_FAILED ? Kind.ENVIRONMENT_FAILED : Kind.INPUT_REJECTED;
        }
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message what failed and what to do; never key material
     * @param cause the underlying failure, or null
     */
    public SigningException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates the exception without a cause.
     *
     * @param reason why
     * @param message what failed and what to do
     */
    public SigningException(Reason reason, String message) {
        this(reason, message, null);
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
