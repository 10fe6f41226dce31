package dev.mlbom.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Root of every checked exception mlbom throws for input from outside: a manifest, a file, a key,
 * an envelope or a policy that was rejected, or an environment (disk, provider) that failed.
 *
 * <p>Each subclass carries a {@code Reason} enum of its own that implements {@link ReasonCode};
 * {@link #reason()} returns it, typed, so that callers (a CI gate, a log line, the command line's
 * hints) act on a stable code without parsing the message. The cause chain is kept: when one
 * failure leads to another (a symlink refused while re-hashing a model fails verification with
 * {@code ARTIFACT_UNREADABLE}), the inner failure is the {@linkplain #getCause() cause} and its
 * code is data: {@link #reasonChain()} and {@link #innermostReason()}.
 *
 * <p>{@link #kind()} separates "input rejected" from "environment failed" (see
 * {@link ReasonCode.Kind}); it is the kind of the innermost mlbom reason, so an artifact that
 * could not be read because of an I/O error is an environment failure, and one refused as a
 * symlink is a rejected input, although both fail verification with the same outer code.
 *
 * <p>Messages say what was wrong, where (a JSON Pointer or a file path) and what to do; they never
 * contain secret key material. Instances are immutable once thrown and safe to share between
 * threads.
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
     * The stable reason code of this failure. Subclasses narrow the type to their own enum.
     *
     * @return the reason, never null
     */
    public abstract ReasonCode reason();

    /**
     * The reason code as text, e.g. {@code ARTIFACT_DIGEST_MISMATCH}.
     *
     * @return the name of {@link #reason()}
     */
    public final String reasonCode() {
        return reason().name();
    }

    /**
     * This failure's reason followed by the reason of each mlbom exception in its cause chain,
     * outermost first, e.g. {@code [ARTIFACT_UNREADABLE, SYMLINK_REJECTED]}.
     *
     * @return at least this exception's own reason
     */
    public final List<ReasonCode> reasonChain() {
        List<ReasonCode> chain = new ArrayList<>();
        Throwable current = this;
        int guard = 0;
        while (current != null && guard++ < 64) {
            if (current instanceof MlbomException mlbom) {
                chain.add(mlbom.reason());
            }
            current = current.getCause();
        }
        return List.copyOf(chain);
    }

    /**
     * The reason of the innermost mlbom exception in the cause chain: the most specific code
     * (this exception's own reason when no cause carries one).
     *
     * @return the innermost reason
     */
    public final ReasonCode innermostReason() {
        List<ReasonCode> chain = reasonChain();
        return chain.get(chain.size() - 1);
    }

    /**
     * Whether the input was rejected or the environment failed: the kind of
     * {@link #innermostReason()}.
     *
     * @return the kind
     */
    public final ReasonCode.Kind kind() {
        return innermostReason().kind();
    }
}
