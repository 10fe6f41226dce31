package dev.mlbom.crypto;

import dev.mlbom.crypto.internal.Algorithms;
import dev.mlbom.crypto.internal.BuiltinVerifier;
import dev.mlbom.crypto.internal.KeyCodec;
import dev.mlbom.crypto.internal.PemCodec;
import dev.mlbom.crypto.internal.PublicKeyParts;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * A public key mlbom can verify with. The key fixes the algorithm: an Ed25519 key verifies
 * Ed25519, a P-256 key ECDSA P-256 with SHA-256, a P-384 key ECDSA P-384 with SHA-384, a P-521 key
 * ECDSA P-521 with SHA-512, an RSA key (3072 to 16384 bits) RSA-PSS with SHA-256, MGF1-SHA-256 and
 * a 32-byte salt, an ML-DSA-44/65/87 key pure ML-DSA (FIPS 204) with the empty context. Nothing
 * else is accepted: other curves, explicit EC parameters, short RSA keys, pre-hash ML-DSA and
 * ML-DSA keys of the wrong length are rejected when the handle is made.
 *
 * <p>The {@linkplain #keyId() key id} is the hex SHA-256 of the handle's canonical SPKI DER (named
 * curve, uncompressed point). Two handles are equal when their SPKI bytes are.
 *
 * <pre>{@code
 * PublicKeyHandle key = PublicKeyHandle.fromPem(Files.readString(Path.of("release.pub")));
 * SignatureVerifier verifier = key.verifier(SignatureAlgorithm.ECDSA_P256_SHA256);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PublicKeyHandle {

    private final PublicKeyParts parts;
    private final String keyId;

    private PublicKeyHandle(PublicKeyParts parts) {
        this.parts = parts;
        this.keyId = KeyIds.of(parts.spki());
    }

    static PublicKeyHandle of(PublicKeyParts parts) {
        return new PublicKeyHandle(parts);
    }

    PublicKeyParts parts() {
        return parts;
    }

    /**
     * Reads a key from a DER SubjectPublicKeyInfo.
     *
     * @param der the SPKI DER bytes (strict DER; an EC point may be compressed)
     * @return the key
     * @throws KeyException MALFORMED_PEM when not SPKI DER, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyHandle fromSpki(byte[] der) throws KeyException {
        return new PublicKeyHandle(KeyCodec.decodePublic(der.clone(), "SPKI DER"));
    }

    /**
     * Reads a key from PEM text with exactly one {@code PUBLIC KEY} block.
     *
     * @param pem the PEM text
     * @return the key
     * @throws KeyException MALFORMED_PEM, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyHandle fromPem(String pem) throws KeyException {
        return fromPem(pem, "PEM text");
    }

    static PublicKeyHandle fromPem(String pem, String source) throws KeyException {
        return new PublicKeyHandle(PemCodec.readPublic(Objects.requireNonNull(pem, "pem"), source));
    }

    /**
     * Takes the public key of a certificate. The certificate itself is not validated here (no
     * chain, validity or usage checks): that is the trust policy's job.
     *
     * @param certificate the certificate
     * @return its public key
     * @throws KeyException UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyHandle fromCertificate(X509Certificate certificate) throws KeyException {
        String source = "certificate " + certificate.getSubjectX500Principal().getName();
        byte[] spki;
        try {
            // the certificate's own SPKI bytes: the JDK re-encodes keys of algorithms it does not
            // know (ML-DSA on JDK 17) with NULL algorithm parameters
            spki = Certificate.getInstance(certificate.getEncoded())
                    .getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER);
        } catch (CertificateEncodingException | IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": the certificate cannot be encoded", e);
        }
        return new PublicKeyHandle(KeyCodec.decodePublic(spki, source));
    }

    /**
     * Takes a JCA public key (any provider whose key offers an X.509/SPKI encoding).
     *
     * @param key the key
     * @return the key as a handle
     * @throws KeyException UNSUPPORTED_KEY when the key has no SPKI encoding, or as {@link #fromSpki}
     */
    public static PublicKeyHandle fromJca(PublicKey key) throws KeyException {
        return fromJca(key, "public key");
    }

    private static PublicKeyHandle fromJca(PublicKey key, String source) throws KeyException {
        byte[] der = key.getEncoded();
        if (der == null || !"X.509".equals(key.getFormat())) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": the key has no SPKI encoding");
        }
        return new PublicKeyHandle(KeyCodec.decodePublic(der, source));
    }

    /**
     * The algorithm this key verifies.
     *
     * @return the algorithm the key fixes
     */
    public SignatureAlgorithm algorithm() {
        return parts.algorithm();
    }

    /**
     * The key id: lower-case hex SHA-256 of {@link #spki()}.
     *
     * @return 64 hex characters
     */
    public String keyId() {
        return keyId;
    }

    /**
     * The canonical DER SubjectPublicKeyInfo.
     *
     * @return a fresh copy
     */
    public byte[] spki() {
        return parts.spki().clone();
    }

    /**
     * The key as PEM ({@code PUBLIC KEY} block, SPKI).
     *
     * @return the PEM text
     */
    public String toPem() {
        return PemCodec.writePublic(parts.spki());
    }

    /**
     * A verifier for this key, in the envelope signature encoding (64 raw bytes for Ed25519, strict
     * ASN.1 DER for ECDSA, the modulus-length PSS signature for RSA, exactly 2420, 3309 or 4627
     * bytes for ML-DSA-44, -65 or -87).
     *
     * <p>ECDSA signatures are malleable: if (r, s) is valid, so is (r, n - s). mlbom accepts both,
     * because it never uses a signature's bytes as an identifier; what is signed is fixed, not
     * which of the two encodings carries it.
     *
     * @return a thread-safe verifier
     */
    public SignatureVerifier verifier() {
        return new BuiltinVerifier(keyId, parts.algorithm(), Algorithms.verifier(parts), parts.spki());
    }

    /**
     * A verifier for this key, after checking that the key is of the expected algorithm.
     *
     * @param expected the algorithm a policy requires
     * @return the verifier
     * @throws KeyException ALGORITHM_MISMATCH when the key is of another algorithm,
     *     UNSUPPORTED_ALGORITHM when expected is a vendor algorithm
     */
    public SignatureVerifier verifier(SignatureAlgorithm expected) throws KeyException {
        requireAlgorithm(expected);
        return verifier();
    }

    /**
     * Checks the key's algorithm.
     *
     * @param expected the algorithm required
     * @return this handle
     * @throws KeyException ALGORITHM_MISMATCH when the key is of another algorithm,
     *     UNSUPPORTED_ALGORITHM when expected is a vendor algorithm
     */
    public PublicKeyHandle requireAlgorithm(SignatureAlgorithm expected) throws KeyException {
        Objects.requireNonNull(expected, "expected");
        Algorithms.requireImplemented(expected, "verify");
        if (!expected.equals(parts.algorithm())) {
            throw new KeyException(KeyException.Reason.ALGORITHM_MISMATCH, "key " + keyId + " is a "
                    + parts.algorithm().id() + " key and cannot be used for " + expected.id());
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKeyHandle other && Arrays.equals(parts.spki(), other.parts.spki());
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "PublicKey[" + parts.algorithm().id() + ", " + keyId + "]";
    }
}
