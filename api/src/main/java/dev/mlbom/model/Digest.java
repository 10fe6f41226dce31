package dev.mlbom.model;

import dev.mlbom.internal.Hex;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One digest of some bytes: the algorithm and the lower-case hex value.
 *
 * @param algorithm the algorithm that produced it
 * @param hex the digest in lower-case hex, exactly {@link HashAlgorithm#hexLength()} characters
 */
public record Digest(HashAlgorithm algorithm, String hex) {

    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]+");

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException when the hex is not lower-case hex of the algorithm's length
     */
    public Digest {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != algorithm.hexLength() || !LOWER_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException(algorithm.id() + " digest must be "
                    + algorithm.hexLength() + " lower-case hex characters, got '" + abbreviate(hex) + "'");
        }
    }

    /**
     * Creates a digest from raw bytes.
     *
     * @param algorithm the algorithm
     * @param bytes the raw digest bytes
     * @return the digest
     */
    public static Digest of(HashAlgorithm algorithm, byte[] bytes) {
        return new Digest(algorithm, Hex.encode(bytes));
    }

    /**
     * The raw digest bytes (a fresh copy).
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return Hex.decode(hex);
    }

    /**
     * The digest as {@code algorithm:hex}, e.g. {@code sha256:9f86d0...}.
     *
     * @return the prefixed form
     */
    @Override
    public String toString() {
        return algorithm.id() + ":" + hex;
    }

    private static String abbreviate(String s) {
        return s.length() <= 16 ? s : s.substring(0, 16) + "...";
    }
}
