package dev.mlbom.error;

import java.util.Objects;

/**
 * Base of every checked exception mlbom throws for input from outside: a manifest, a file, a key,
 * an envelope or a policy that was rejected, or a provider that failed.
 *
 * <p>Each subclass carries a {@code Reason} enum of its own, exposed here as {@link #reason()}
 * so that callers (a CI gate, a log line) can act on a stable code without parsing the message.
 * Messages say what was wrong, where (a JSON Pointer or a file path) and what to do; they never
 * contain secret key material.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public abstract class MlbomException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message a person can act on.
     *
     * @param message what was wrong, where, and what to do; never null
     * @param cause the underlying failure, or null
     */
    protected MlbomException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
    }

    /**
     * The stable reason code of this failure.
     *
     * @return the reason, never null
     */
    public abstract Enum<?> reason();

    /**
     * The reason code as text, e.g. {@code ARTIFACT_DIGEST_MISMATCH}.
     *
     * @return the name of {@link #reason()}
     */
    public final String reasonCode() {
        return reason().name();
    }
}
