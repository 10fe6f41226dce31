package dev.mlbom.verify;

import dev.mlbom.hash.CancellationToken;
import dev.mlbom.hash.HashProgressListener;
import java.util.Objects;
import java.util.Optional;

/**
 * How a verification runs, as opposed to what it accepts (that is the {@link Policy}): how many
 * threads re-hash the model's files, who is told of the re-hash's progress, and a token that
 * cancels it. None of these can make a model pass that would otherwise fail; a cancelled run
 * fails with {@link VerificationException.Reason#CANCELLED}.
 *
 * <pre>{@code
 * CancellationToken startupDeadline = new CancellationToken();
 * scheduler.schedule(startupDeadline::cancel, 2, TimeUnit.MINUTES);
 * VerifyOptions options = VerifyOptions.builder()
 *     .threads(2)                       // leave the other cores to the server
 *     .progress(bar::update)
 *     .cancellation(startupDeadline)
 *     .build();
 * VerifiedProvenance verified = Verifier.verify(model, envelope, policy, options);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same options may serve many verifications at once (they then
 * share the listener and the token).
 */
public final class VerifyOptions {

    private static final VerifyOptions DEFAULTS = builder().build();

    private final int threads;
    private final HashProgressListener progress;
    private final CancellationToken cancellation;

    private VerifyOptions(Builder builder) {
        this.threads = builder.threads;
        this.progress = builder.progress;
        this.cancellation = builder.cancellation;
    }

    /**
     * The defaults: one hashing thread per processor, no progress, never cancelled.
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
     * The most threads that re-hash the model's files.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
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
        return "VerifyOptions[threads=" + threads + ", cancellable=" + (cancellation != null) + "]";
    }

    /** Builds {@link VerifyOptions}. Not thread-safe. */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private HashProgressListener progress = HashProgressListener.none();
        private CancellationToken cancellation;

        private Builder() {
        }

        /**
         * Limits the threads that re-hash the model's files (default: one per processor).
         *
         * @param threads at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
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
