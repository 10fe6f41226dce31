package dev.mlbom.verify;

import dev.mlbom.hash.HashProgressListener;
import dev.mlbom.sign.ProvenanceSigner;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The gate a serving app calls at startup: verifies a model's signed provenance against a
 * {@link Policy} and either returns a {@link VerifiedProvenance} or throws a
 * {@link VerificationException} whose reason says exactly what failed.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *     .trust(KeyFiles.readPublicKey(Path.of("/etc/mlbom/release.pub")).verifier())
 *     .minimumVersion("2.3.0")
 *     .build();
 * try {
 *     VerifiedProvenance verified = Verifier.verify(Path.of("/models/support-bot"), policy);
 *     // load the model
 * } catch (VerificationException e) {
 *     log.error("refusing to load the model: {} {}", e.reasonCode(), e.getMessage());
 *     System.exit(1);
 * }
 * }</pre>
 *
 * <p>Checks, in order (cheap ones first, so nothing is hashed for a forged record): the envelope,
 * the signatures (k-of-n distinct trusted keys, each within its validity window and not revoked;
 * every signature is checked, valid or not), the statement (canonical payload, in-toto v1, mlbom
 * predicate type), the manifest schema, the required fields, the statement's subjects against
 * the manifest's artifacts, freshness, rollback, every listed file re-hashed on disk (and no
 * unexpected file), and the lineage's chain of custody when the policy asks for it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Verifier {

    private Verifier() {
    }

    /**
     * Verifies a model with its envelope at the default place ({@code <model>.mlbom.json} beside
     * it), stopping at the first failed check.
     *
     * @param model the model directory (or single model file)
     * @param policy what to trust and require
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public static VerifiedProvenance verify(Path model, Policy policy) throws VerificationException {
        return verify(model, ProvenanceSigner.defaultEnvelopePath(model), policy);
    }

    /**
     * Verifies a model with its envelope at a chosen path, stopping at the first failed check.
     *
     * @param model the model directory (or single model file)
     * @param envelope the envelope file
     * @param policy what to trust and require
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public static VerifiedProvenance verify(Path model, Path envelope, Policy policy) throws VerificationException {
        return verify(model, envelope, policy, HashProgressListener.none());
    }

    /**
     * Verifies a model, reporting the progress of the artifact re-hash (the only slow check) to a
     * listener, for progress bars on large models.
     *
     * @param model the model directory (or single model file)
     * @param envelope the envelope file
     * @param policy what to trust and require
     * @param progress told of bytes hashed so far, the total and the current file
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public static VerifiedProvenance verify(Path model, Path envelope, Policy policy, HashProgressListener progress)
            throws VerificationException {
        return verify(model, envelope, policy, VerifyOptions.builder().progress(progress).build());
    }

    /**
     * Verifies a model with options for how the run goes: hashing threads, progress, cancellation.
     * The options never relax a check; a cancelled run fails with
     * {@link VerificationException.Reason#CANCELLED}.
     *
     * @param model the model directory (or single model file)
     * @param envelope the envelope file
     * @param policy what to trust and require
     * @param options how to run
     * @return the verified provenance; holding it means every check passed
     * @throws VerificationException with the reason of the first failed check
     */
    public static VerifiedProvenance verify(Path model, Path envelope, Policy policy, VerifyOptions options)
            throws VerificationException {
        VerificationRun run = new VerificationRun(model, envelope, policy, true, options);
        return run.execute().orElseThrow();
    }

    /**
     * Runs every check that can run and reports each outcome, without throwing: for CI output.
     * A failed check does not stop the others unless they depend on it (no statement, no schema
     * check). Never use the report to decide whether to load a model; use {@link #verify}.
     *
     * @param model the model directory (or single model file)
     * @param envelope the envelope file
     * @param policy what to trust and require
     * @return the report of every check
     */
    public static VerificationReport check(Path model, Path envelope, Policy policy) {
        return check(model, envelope, policy, VerifyOptions.defaults());
    }

    /**
     * Runs every check that can run, with options for how the run goes; see
     * {@link #check(Path, Path, Policy)}.
     *
     * @param model the model directory (or single model file)
     * @param envelope the envelope file
     * @param policy what to trust and require
     * @param options how to run
     * @return the report of every check
     */
    public static VerificationReport check(Path model, Path envelope, Policy policy, VerifyOptions options) {
        VerificationRun run = new VerificationRun(model, envelope, policy, false, options);
        try {
            run.execute();
        } catch (VerificationException e) {
            throw new IllegalStateException("a reporting run never throws", e);
        }
        return run.report();
    }

    /**
     * Runs every check with the envelope at the default place; see {@link #check(Path, Path, Policy)}.
     *
     * @param model the model directory (or single model file)
     * @param policy what to trust and require
     * @return the report of every check
     */
    public static VerificationReport check(Path model, Policy policy) {
        Objects.requireNonNull(model, "model");
        return check(model, ProvenanceSigner.defaultEnvelopePath(model), policy);
    }
}
