package dev.mlbom.spi;

/**
 * Checks signatures against one public key. A failed check throws; there is no boolean to forget.
 *
 * <p>Implementations must be safe for use by several threads at once, and should take the same
 * path for valid and invalid signatures (no early exits that leak timing on secret-dependent data).
 */
public interface SignatureVerifier {

    /**
     * Identifies the key, as {@link Signer#keyId()} does.
     *
     * @return the key id, never null or empty
     */
    String keyId();

    /**
     * The algorithm this key verifies. The key fixes it; an envelope may only be compared with it.
     *
     * @return the algorithm
     */
    SignatureAlgorithm algorithm();

    /**
     * Verifies a signature.
     *
     * @param signature the signature in the algorithm's envelope encoding
     * @param data the signed bytes
     * @throws InvalidSignatureException when the signature is malformed or does not verify
     */
    void verify(byte[] signature, byte[] data) throws InvalidSignatureException;
}
