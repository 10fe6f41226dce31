package dev.mlbom.dsse;

import dev.mlbom.spi.InvalidSignatureException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Dsse#verify} found: which trusted keys verified a signature, and what happened to
 * the signatures that did not verify. Deciding whether that is enough (a threshold, required
 * keys) is the caller's policy.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verifiedKeyIds the key ids of the verifiers that verified at least one signature, each
 *     once, in the order of the envelope's signatures
 * @param unknownKeyIds key id hints of signatures for which no verifier was given (a signature
 *     without a hint is never "unknown": every verifier is tried)
 * @param rejected the signatures that no candidate verifier accepted
 */
public record DsseVerification(Set<String> verifiedKeyIds, List<String> unknownKeyIds, List<Rejected> rejected) {

    /** Copies the collections. */
    public DsseVerification {
        verifiedKeyIds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(verifiedKeyIds));
        unknownKeyIds = List.copyOf(unknownKeyIds);
        rejected = List.copyOf(rejected);
    }

    /**
     * Whether at least one trusted key verified.
     *
     * @return true when {@link #verifiedKeyIds()} is not empty
     */
    public boolean anyVerified() {
        return !verifiedKeyIds.isEmpty();
    }

    /**
     * A signature that was tried and rejected.
     *
     * @param index the signature's position in the envelope
     * @param keyid the signature's key id hint ({@code ""} when none)
     * @param reason why the (last) candidate verifier rejected it
     * @param message the verifier's message
     */
    public record Rejected(int index, String keyid, InvalidSignatureException.Reason reason, String message) {

        /** Checks for nulls. */
        public Rejected {
            Objects.requireNonNull(keyid, "keyid");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
