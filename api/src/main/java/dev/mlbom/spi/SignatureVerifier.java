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

    /**
     * Verifies a signature with the material that came with it. A verifier whose trust is a bare
     * public key ignores the material (the default); one whose trust is a root certificate
     * validates the presented chain to its root first and then checks the signature with the
     * leaf's key.
     *
     * @param signature the signature in the algorithm's envelope encoding
     * @param data the signed bytes
     * @param material the key hint and certificate chain that came with the signature
     * @throws InvalidSignatureException when the material is not trusted or the signature does
     *     not verify
     */
    default void verify(byte[] signature, byte[] data, VerificationMaterial material) throws InvalidSignatureException {
        verify(signature, data);
    }

    /**
     * Whether a signature that names this key hint (the envelope's unauthenticated {@code keyid})
     * should be tried with this verifier. A hint never makes a signature valid; it only picks
     * which keys are tried. By default, a signature is tried when its hint equals
     * {@link #keyId()}; a verifier that trusts a root certificate rather than one key returns
     * true for every hint, since a chain to its root may carry any leaf key.
     *
     * @param keyHint the non-empty hint
     * @return whether to try this verifier for the signature
     */
    default boolean matchesKeyHint(String keyHint) {
        return keyId().equals(keyHint);
    }

    /**
     * The public key this verifier checks with, as SPKI DER, when the verifier knows it. A policy
     * uses it to count distinct keys: the same key trusted under two ids counts once towards a
     * threshold. Default: empty (the key id is then the only identity).
     *
     * @return a copy of the SPKI DER, or empty
     */
    default java.util.Optional<byte[]> publicKeySpki() {
        return java.util.Optional.empty();
    }
}
