package dev.mlbom.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The gate a serving app calls at startup: verifies a model's signed provenance against a
 * {@link Policy} and either returns a {@link VerifiedProvenance} or throws a
 * {@link VerificationException} whose reason says exactly what failed.
 *
 * <p>The one-liner, for an app whose envelope lies beside the model:
 * <pre>{@code
 * VerifiedProvenance verified = Verifier.verify(Path.of("/models/support-bot"), policy);
 * }</pre>
 *
 * <p>A verifier built once, like {@code HttpClient}, holds the policy and how runs go (hashing
 * threads, clock) and is then fed models and envelopes from anywhere: a directory, a single
 * file or a {@link ModelFiles} a registry implements; an envelope file, bytes from an HTTP
 * response or an OCI referrer ({@link EnvelopeSource}). Per-call settings (progress,
 * cancellation) are {@link VerifyOptions}.
 * <pre>{@code
 * Verifier verifier = Verifier.builder().policy(policy).threads(2).build();
 * VerifiedProvenance a = verifier.verify(ModelFiles.of(modelDir), EnvelopeSource.of(envelopeBytes, "registry"));
 * VerificationReport report = verifier.check(ModelFiles.of(otherDir), EnvelopeSource.besideModel(otherDir));
 * }</pre>
 *
 * <p>Checks, in order (cheap ones first, so nothing is hashed for a forged record): the envelope,
 * the signatures (k-of-n distinct trusted keys, each within its validity window and not revoked;
 * every signature is checked, valid or not), the statement (canonical payload, in-toto v1, mlbom
 * predicate type), the manifest schema, the required fields, the statement's subjects against
 * the manifest's artifacts, freshness, rollback, every listed file re-hashed (and no unexpected
 * file), and the lineage's chain of custody when the policy asks for it.
 *
 * <p>Immutable and thread-safe: one verifier may run many verifications at once.
 */
public final class Verifier {

    private final Policy policy;
    private final int threads;
    private final Clock clock;

    private Verifier(Builder builder) {
        this.policy = builder.policy;
        this.threads = builder.threads;
        this.clock = builder.clock;
    }

    /**
     * Starts a verifier. A policy is required; the defaults are one hashing thread per processor
     * and the system UTC clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a model (directory or single file) with its envelope beside it
     * ({@code <model>.mlbom.json}) under a policy, with default settings: the one-liner for a
     * serving app that needs nothing else.
     *
     * @param model the model directory or single model file
     * @param policy what to trust and require
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public static VerifiedProvenance verify(Path model, Policy policy) throws VerificationException {
        return builder().policy(policy).build().verify(model);
    }

    /**
     * Verifies a model (directory or single file) with its envelope beside it.
     *
     * @param model the model directory or single model file
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public VerifiedProvenance verify(Path model) throws VerificationException {
        Objects.requireNonNull(model, "model");
        return verify(ModelFiles.of(model), EnvelopeSource.besideModelOrUnavailable(model), VerifyOptions.defaults());
    }

    /**
     * Verifies a model with an envelope from any source, stopping at the first failed check.
     *
     * @param model the model's files
     * @param envelope where the envelope comes from
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public VerifiedProvenance verify(ModelFiles model, EnvelopeSource envelope) throws VerificationException {
        return verify(model, envelope, VerifyOptions.defaults());
    }

    /**
     * Verifies a model with an envelope from any source, with per-call options (progress,
     * cancellation). The options never relax a check; a cancelled run fails with
     * {@link VerificationException.Reason#CANCELLED}.
     *
     * @param model the model's files
     * @param envelope where the envelope comes from
     * @param options progress and cancellation for this call
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public VerifiedProvenance verify(ModelFiles model, EnvelopeSource envelope, VerifyOptions options)
            throws VerificationException {
        return newRun(model, envelope, options, true).execute().orElseThrow();
    }

    /**
     * Runs every check that can run and reports each outcome, without throwing: for CI output.
     * A failed check does not stop the others unless they depend on it (no statement, no schema
     * check). Never use the report to decide whether to load a model; use {@link #verify}.
     *
     * @param model the model's files
     * @param envelope where the envelope comes from
     * @return the report of every check
     */
    public VerificationReport check(ModelFiles model, EnvelopeSource envelope) {
        return check(model, envelope, VerifyOptions.defaults());
    }

    /**
     * Runs every check that can run, with per-call options; see
     * {@link #check(ModelFiles, EnvelopeSource)}.
     *
     * @param model the model's files
     * @param envelope where the envelope comes from
     * @param options progress and cancellation for this call
     * @return the report of every check
     */
    public VerificationReport check(ModelFiles model, EnvelopeSource envelope, VerifyOptions options) {
        VerificationRun run = newRun(model, envelope, options, false);
        try {
            run.execute();
        } catch (VerificationException e) {
            throw new IllegalStateException("a reporting run never throws", e);
        }
        return run.report();
    }

    /**
     * The policy this verifier enforces.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The most threads that re-hash a model's files in one call.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * The clock that key windows, freshness and clock skew are judged by.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    private VerificationRun newRun(ModelFiles model, EnvelopeSource envelope, VerifyOptions options,
            boolean stopAtFirstFailure) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(options, "options");
        return new VerificationRun(new RunContext(policy, threads, clock, options), model, envelope,
                stopAtFirstFailure);
    }

    @Override
    public String toString() {
        return "Verifier[threads=" + threads + ", clock=" + clock + ", " + policy + "]";
    }

    /** Builds a {@link Verifier}. Not thread-safe. */
    public static final class Builder {
        private Policy policy;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets what to trust and require (required).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Limits the threads that re-hash a model's files (default: one per processor), e.g. to
         * leave cores to a server that starts while it verifies.
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
         * Sets the clock that key validity windows, freshness and clock skew are judged by
         * (default: the system UTC clock; a fixed clock for tests or for re-checking a past
         * decision).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the immutable verifier
         * @throws IllegalStateException when no policy was set
         */
        public Verifier build() {
            if (policy == null) {
                throw new IllegalStateException("a Verifier needs a policy: Verifier.builder().policy(policy)");
            }
            return new Verifier(this);
        }
    }
}
