package dev.mlbom.spi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signature algorithm, named by its {@linkplain #id() id}. The set is open: the constants below
 * are the algorithms mlbom's built-in crypto implements, and a vendor whose {@link Signer} or
 * {@link SignatureVerifier} uses another algorithm names it with {@link #of(String)}.
 *
 * <p>A key fixes its algorithm: a verifier compares the algorithm an envelope or policy names with
 * its own and never lets the envelope choose.
 *
 * <p>Two instances are equal when their ids are; compare with {@link #equals(Object)} (the
 * well-known constants are also unique instances, so {@code ==} works for them, but not for
 * algorithms made by {@link #of(String)} in general). This class was an enum before 0.2: a
 * {@code switch} on it no longer compiles; use {@code equals} or {@link #id()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SignatureAlgorithm {

    /** The longest id {@link #of(String)} accepts. */
    public static final int MAX_ID_LENGTH = 64;

    private static final Pattern ID_SYNTAX = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Ed25519 (RFC 8032, pure); signatures are the 64 raw bytes. */
    public static final SignatureAlgorithm ED25519 = new SignatureAlgorithm("ed25519");
    /** ECDSA on NIST P-256 with SHA-256; DER signatures in envelopes. */
    public static final SignatureAlgorithm ECDSA_P256_SHA256 = new SignatureAlgorithm("ecdsa-p256-sha256");
    /** ECDSA on NIST P-384 with SHA-384; DER signatures in envelopes. */
    public static final SignatureAlgorithm ECDSA_P384_SHA384 = new SignatureAlgorithm("ecdsa-p384-sha384");
    /** ECDSA on NIST P-521 with SHA-512; DER signatures in envelopes. */
    public static final SignatureAlgorithm ECDSA_P521_SHA512 = new SignatureAlgorithm("ecdsa-p521-sha512");
    /** RSASSA-PSS with SHA-256, MGF1-SHA-256, 32-byte salt; keys of 3072 bits and up. */
    public static final SignatureAlgorithm RSA_PSS_SHA256 = new SignatureAlgorithm("rsa-pss-sha256");
    /** ML-DSA-44 (FIPS 204, pure, empty context); signatures are 2420 bytes. */
    public static final SignatureAlgorithm ML_DSA_44 = new SignatureAlgorithm("ml-dsa-44");
    /** ML-DSA-65 (FIPS 204, pure, empty context); signatures are 3309 bytes. */
    public static final SignatureAlgorithm ML_DSA_65 = new SignatureAlgorithm("ml-dsa-65");
    /** ML-DSA-87 (FIPS 204, pure, empty context); signatures are 4627 bytes. */
    public static final SignatureAlgorithm ML_DSA_87 = new SignatureAlgorithm("ml-dsa-87");

    private static final List<SignatureAlgorithm> KNOWN = List.of(ED25519, ECDSA_P256_SHA256, ECDSA_P384_SHA384,
            ECDSA_P521_SHA512, RSA_PSS_SHA256, ML_DSA_44, ML_DSA_65, ML_DSA_87);

    private static final Map<String, SignatureAlgorithm> BY_ID = KNOWN.stream()
            .collect(Collectors.toUnmodifiableMap(SignatureAlgorithm::id, Function.identity()));

    private final String id;

    private SignatureAlgorithm(String id) {
        this.id = id;
    }

    /**
     * The algorithm with this id: the well-known constant when the id is one of
     * {@link #knownAlgorithms()}, otherwise a new vendor algorithm. mlbom's built-in crypto does not
     * implement vendor algorithms; they exist so that a vendor {@link Signer} or
     * {@link SignatureVerifier} can name its own.
     *
     * @param id lower-case letters and digits in groups joined by single {@code -}, at most
     *     {@value #MAX_ID_LENGTH} characters, e.g. {@code acme-hsm-sig1}
     * @return the algorithm
     * @throws IllegalArgumentException when the id does not have that syntax
     * @throws NullPointerException when id is null
     */
    public static SignatureAlgorithm of(String id) {
        Objects.requireNonNull(id, "id");
        SignatureAlgorithm known = BY_ID.get(id);
        if (known != null) {
            return known;
        }
        if (id.length() > MAX_ID_LENGTH || !ID_SYNTAX.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid signature algorithm id '" + printable(id)
                    + "': use lower-case letters and digits in groups joined by '-' (at most " + MAX_ID_LENGTH
                    + " characters), e.g. acme-hsm-sig1");
        }
        return new SignatureAlgorithm(id);
    }

    /**
     * Looks a well-known algorithm up by its {@linkplain #id() id}, ignoring case. Vendor ids are
     * not found here (use {@link #of(String)} for those).
     *
     * @param id the id, or null
     * @return the well-known algorithm, or empty
     */
    public static Optional<SignatureAlgorithm> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_ID.get(id.toLowerCase(Locale.ROOT)));
    }

    /**
     * The well-known algorithms, those mlbom's built-in crypto implements, in a fixed order.
     *
     * @return an unmodifiable list
     */
    public static List<SignatureAlgorithm> knownAlgorithms() {
        return KNOWN;
    }

    /**
     * The name used in policies, key files and command-line options.
     *
     * @return e.g. {@code ecdsa-p256-sha256} or {@code ml-dsa-65}
     */
    public String id() {
        return id;
    }

    /**
     * Whether this is one of {@link #knownAlgorithms()}.
     *
     * @return true for the well-known constants, false for vendor algorithms
     */
    public boolean isWellKnown() {
        return BY_ID.containsKey(id);
    }

    /**
     * Equal when the ids are.
     *
     * @param o another object
     * @return whether o is an algorithm with the same id
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SignatureAlgorithm other && id.equals(other.id);
    }

    /**
     * The hash of the id.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * The id.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
        return id;
    }

    private static String printable(String id) {
        String cut = id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) + "..." : id;
        return cut.chars().mapToObj(c -> c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "?")
                .collect(Collectors.joining());
    }
}
