package dev.mlbom.frameworks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a coverage page says about the record it covers besides the coverage itself: which
 * manifest it is, who signed it and when, whether that signature was verified (and when), and when
 * the page was generated. {@link CoverageRenderer#html(CoverageReport, Attestation)} prints all of
 * it, and says "not verified" plainly when no verification was done.
 *
 * <p>Immutable and thread-safe.
 *
 * @param signerKeyIds the ids of the keys whose signatures verified (empty when not verified)
 * @param signedAt when the envelope says it was signed, if it says
 * @param outcome verified, failed or not verified
 * @param detail for a failure, the reason (e.g. the reason code and message); otherwise empty
 * @param verifiedAt when the verification ran, if it did
 * @param generatedAt when the page is generated
 */
public record Attestation(List<String> signerKeyIds, Optional<Instant> signedAt, Outcome outcome,
        Optional<String> detail, Optional<Instant> verifiedAt, Instant generatedAt) {

    /** The result of verifying the record's signed provenance. */
    public enum Outcome {
        /** Every check of the verification passed. */
        VERIFIED,
        /** The verification ran and failed. */
        FAILED,
        /** No verification was done: the page was made from the manifest alone. */
        NOT_VERIFIED
    }

    /** Checks the invariants and copies the list. */
    public Attestation {
        signerKeyIds = List.copyOf(signerKeyIds);
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (outcome == Outcome.NOT_VERIFIED && verifiedAt.isPresent()) {
            throw new IllegalArgumentException("a record that was not verified has no verification time");
        }
    }

    /**
     * No verification was done.
     *
     * @param generatedAt when the page is generated
     * @return the attestation
     */
    public static Attestation notVerified(Instant generatedAt) {
        return new Attestation(List.of(), Optional.empty(), Outcome.NOT_VERIFIED, Optional.empty(), Optional.empty(),
                generatedAt);
    }

    /**
     * The signed provenance verified.
     *
     * @param signerKeyIds the keys whose signatures verified
     * @param signedAt the signing time, if the envelope has one
     * @param verifiedAt when the verification ran
     * @param generatedAt when the page is generated
     * @return the attestation
     */
    public static Attestation verified(List<String> signerKeyIds, Optional<Instant> signedAt, Instant verifiedAt,
            Instant generatedAt) {
        return new Attestation(signerKeyIds, signedAt, Outcome.VERIFIED, Optional.empty(), Optional.of(verifiedAt),
                generatedAt);
    }

    /**
     * The verification ran and failed.
     *
     * @param detail why, e.g. the reason code and message
     * @param verifiedAt when the verification ran
     * @param generatedAt when the page is generated
     * @return the attestation
     */
    public static Attestation failed(String detail, Instant verifiedAt, Instant generatedAt) {
        return new Attestation(List.of(), Optional.empty(), Outcome.FAILED, Optional.of(detail), Optional.of(verifiedAt),
                generatedAt);
    }
}
