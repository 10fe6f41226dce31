package dev.mlbom.spi;

import java.util.Set;

/**
 * A factory for {@link SignatureVerifier}s (for example one that fetches public keys from a KMS).
 *
 * <p>Discovered only when asked for; the verification gate never uses discovery to find trust
 * material. Must be thread-safe.
 */
public interface VerifierProvider {

    /**
     * A short unique name.
     *
     * @return the name
     */
    String name();

    /**
     * The algorithms this provider can verify.
     *
     * @return a non-empty set
     */
    Set<SignatureAlgorithm> algorithms();

    /**
     * Creates a verifier for one public key.
     *
     * @param config the provider's settings
     * @return the verifier
     * @throws SigningException when the config is invalid or the key cannot be obtained
     */
    SignatureVerifier create(ProviderConfig config) throws SigningException;
}
