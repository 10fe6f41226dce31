package dev.mlbom.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The digest algorithms mlbom computes and records for artifacts.
 *
 * <p>The {@linkplain #id() id} is the name used in manifests and in in-toto {@code DigestSet}s
 * ({@code sha256}, {@code sha384}, {@code sha512}, {@code blake3}).
 */
public enum HashAlgorithm {
    /** SHA-256 (FIPS 180-4), 32-byte digests. The default. */
    SHA256("sha256", "SHA-256", 32),
    /** SHA-384 (FIPS 180-4), 48-byte digests. */
    SHA384("sha384", "SHA-384", 48),
    /** SHA-512 (FIPS 180-4), 64-byte digests. */
    SHA512("sha512", "SHA-512", 64),
    /** BLAKE3 with its default 32-byte output. */
    BLAKE3("blake3", "BLAKE3-256", 32);

    private final String id;
    private final String jcaName;
    private final int digestLength;

    HashAlgorithm(String id, String jcaName, int digestLength) {
        this.id = id;
        this.jcaName = jcaName;
        this.digestLength = digestLength;
    }

    /**
     * The name used in manifests and DigestSets.
     *
     * @return e.g. {@code sha256}
     */
    public String id() {
        return id;
    }

    /**
     * The algorithm name in the Java Cryptography Architecture (BouncyCastle's for BLAKE3).
     *
     * @return e.g. {@code SHA-256}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * The digest length.
     *
     * @return bytes in one digest
     */
    public int digestLength() {
        return digestLength;
    }

    /**
     * The length of a digest in lower-case hex.
     *
     * @return twice {@link #digestLength()}
     */
    public int hexLength() {
        return digestLength * 2;
    }

    /**
     * Looks an algorithm up by its {@linkplain #id() id}, ignoring case; {@code sha-256} is also
     * accepted for {@code sha256}.
     *
     * @param id the id, e.g. {@code sha256}
     * @return the algorithm, or empty when the id names none
     */
    public static Optional<HashAlgorithm> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String normalized = id.toLowerCase(Locale.ROOT).replace("-", "");
        for (HashAlgorithm algorithm : values()) {
            if (algorithm.id.equals(normalized)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
