package dev.mlbom.spi;

/**
 * Makes signatures with one private key. This is what a vendor implements to plug a KMS, an HSM
 * or a signing service into mlbom; the key may live anywhere, and {@link #sign} may be a remote
 * call.
 *
 * <p>The result is a {@link SignatureResult}, not bare bytes, so that a signer backed by a
 * certificate (OpenSSF Model Signing certificate signatures, Sigstore) or a KMS key name can hand
 * the verifier what it needs; a plain key returns {@code SignatureResult.of(bytes)}.
 *
 * <p>Implementations must be safe for use by several threads at once.
 */
public interface Signer {

    /**
     * Identifies the key: by convention the lower-case hex SHA-256 of the public key's SPKI DER
     * encoding, so that verifiers can find the matching trusted key.
     *
     * @return the key id, never null or empty
     */
    String keyId();

    /**
     * The algorithm this key signs with. Fixed for the key's lifetime.
     *
     * @return the algorithm
     */
    SignatureAlgorithm algorithm();

    /**
     * Signs data.
     *
     * @param data the bytes to sign (for envelopes, the DSSE pre-authentication encoding)
     * @return the signature in the algorithm's envelope encoding (raw 64 bytes for Ed25519,
     *     ASN.1 DER for ECDSA, the PSS signature for RSA, the FIPS 204 encoding for ML-DSA), with
     *     the certificate chain and key hint when the signer has them
     * @throws SigningException when the provider could not sign (unreachable, key missing, refused)
     */
    SignatureResult sign(byte[] data) throws SigningException;
}
