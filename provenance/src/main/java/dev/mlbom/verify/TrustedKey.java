package dev.mlbom.verify;

import dev.mlbom.spi.SignatureVerifier;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key the policy trusts, with the window in which its signatures are accepted.
 *
 * @param verifier checks signatures with the key; fixes the key id and algorithm
 * @param validFrom signatures are accepted from this instant on (inclusive), or always
 * @param validUntil signatures are accepted until this instant (exclusive), or forever
 * @param label a human name for messages, e.g. {@code release-2026}
 */
public record TrustedKey(SignatureVerifier verifier, Optional<Instant> validFrom, Optional<Instant> validUntil,
        Optional<String> label) {

    /** Checks the window. */
    public TrustedKey {
        Objects.requireNonNull(verifier, "verifier");
        validFrom = Objects.requireNonNullElse(validFrom, Optional.empty());
        validUntil = Objects.requireNonNullElse(validUntil, Optional.empty());
        label = Objects.requireNonNullElse(label, Optional.empty());
        if (validFrom.isPresent() && validUntil.isPresent() && !validUntil.get().isAfter(validFrom.get())) {
            throw new IllegalArgumentException("key " + verifier.keyId() + ": validUntil must be after validFrom");
        }
    }

    /**
     * A key trusted without a time limit.
     *
     * @param verifier the key's verifier
     * @return the trusted key
     */
    public static TrustedKey of(SignatureVerifier verifier) {
        return new TrustedKey(verifier, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The key id.
     *
     * @return the verifier's key id
     */
    public String keyId() {
        return verifier.keyId();
    }

    /**
     * How messages name the key: its label and id, or its id.
     *
     * @return e.g. {@code release-2026 (3f2a...)}
     */
    public String displayName() {
        String shortId = keyId().length() > 16 ? keyId().substring(0, 16) + "..." : keyId();
        return label.map(l -> l + " (" + shortId + ")").orElse(shortId);
    }
}
