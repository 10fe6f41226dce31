package dev.mlbom.spi;

/**
 * Makes signatures with one private key. This is what a vendor implements to plug a KMS, an HSM
 * or a signing service into mlbom; the key may live anywhere, and {@link #sign} may be a remote
 * call.
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
     *     ASN.1 DER for ECDSA, the PSS signature for RSA)
     * @throws SigningException when the provider could not sign (unreachable, key missing, refused)
     */
    byte[] sign(byte[] data) throws SigningException;
}
