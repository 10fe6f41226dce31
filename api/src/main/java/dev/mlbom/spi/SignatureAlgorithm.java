package dev.mlbom.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * The signature algorithms mlbom knows. A key fixes its algorithm: a verifier compares the
 * algorithm an envelope names with its own and never lets the envelope choose.
 */
public enum SignatureAlgorithm {
    /** Ed25519 (RFC 8032); signatures are the 64 raw bytes. */
    ED25519("ed25519"),
    /** ECDSA on NIST P-256 with SHA-256; DER signatures in envelopes. */
    ECDSA_P256_SHA256("ecdsa-p256-sha256"),
    /** ECDSA on NIST P-384 with SHA-384; DER signatures in envelopes. */
    ECDSA_P384_SHA384("ecdsa-p384-sha384"),
    /** RSASSA-PSS with SHA-256, MGF1-SHA-256, 32-byte salt; keys of 3072 bits and up. */
    RSA_PSS_SHA256("rsa-pss-sha256");

    private final String id;

    SignatureAlgorithm(String id) {
        this.id = id;
    }

    /**
     * The name used in policies, key files and command-line options.
     *
     * @return e.g. {@code ecdsa-p256-sha256}
     */
    public String id() {
        return id;
    }

    /**
     * Looks an algorithm up by its {@linkplain #id() id}, ignoring case.
     *
     * @param id the id
     * @return the algorithm, or empty
     */
    public static Optional<SignatureAlgorithm> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String lower = id.toLowerCase(Locale.ROOT);
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.id.equals(lower)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
