package dev.mlbom.verify;

import dev.mlbom.hash.CancellationToken;
import dev.mlbom.hash.HashProgressListener;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call settings of one verification, as opposed to what it accepts (the {@link Policy}) and
 * how every run of a {@link Verifier} goes (its threads and clock): who is told of the re-hash's
 * progress, and a token that cancels the call. Neither can make a model pass that would otherwise
 * fail; a cancelled run fails with {@link VerificationException.Reason#CANCELLED}.
 *
 * <pre>{@code
 * CancellationToken startupDeadline = new CancellationToken();
 * scheduler.schedule(startupDeadline::cancel, 2, TimeUnit.MINUTES);
 * VerifyOptions options = VerifyOptions.builder()
 *     .progress((file, done, total) -> bar.update(done, total))
 *     .cancellation(startupDeadline)
 *     .build();
 * VerifiedProvenance verified = verifier.verify(ModelFiles.of(model), EnvelopeSource.besideModel(model), options);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same options may serve many verifications at once (they then
 * share the listener and the token).
 */
public final class VerifyOptions {

    private static final VerifyOptions DEFAULTS = builder().build();

    private final HashProgressListener progress;
    private final CancellationToken cancellation;

    private VerifyOptions(Builder builder) {
        this.progress = builder.progress;
        this.cancellation = builder.cancellation;
    }

    /**
     * The defaults: no progress, never cancelled.
     *
     * @return the default options
     */
    public static VerifyOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts options from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Told of the re-hash's progress.
     *
     * @return the listener; {@link HashProgressListener#none()} by default
     */
    public HashProgressListener progress() {
        return progress;
    }

    /**
     * The token that cancels the re-hash; checked between buffers, so a cancelled run stops within
     * one buffer (1 MiB) per thread.
     *
     * @return the token, or empty when the run cannot be cancelled (the default)
     */
    public Optional<CancellationToken> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    @Override
    public String toString() {
        return "VerifyOptions[cancellable=" + (cancellation != null) + "]";
    }

    /** Builds {@link VerifyOptions}. Not thread-safe. */
    public static final class Builder {
        private HashProgressListener progress = HashProgressListener.none();
        private CancellationToken cancellation;

        private Builder() {
        }

        /**
         * Reports the re-hash's progress (bytes so far, total, current file) to a listener.
         *
         * @param progress the listener; it is called from hashing threads and must be thread-safe
         * @return this builder
         */
        public Builder progress(HashProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Lets another thread cancel the verification's re-hash, e.g. at a startup deadline.
         *
         * @param cancellation the token
         * @return this builder
         */
        public Builder cancellation(CancellationToken cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         */
        public VerifyOptions build() {
            return new VerifyOptions(this);
        }
    }
}
