package dev.mlbom.spi;

import java.util.Set;

/**
 * A factory for {@link Signer}s, separate from the signers it makes, so that a vendor can be
 * discovered and chosen by name before any key is touched.
 *
 * <p>Implementations are found only when the application asks for discovery (see
 * {@code dev.mlbom.spi.Providers}); mlbom never loads them implicitly. Must be thread-safe.
 */
public interface SignerProvider {

    /**
     * A short unique name, e.g. {@code pkcs11} or {@code acme-kms}.
     *
     * @return the name
     */
    String name();

    /**
     * The algorithms this provider can sign with.
     *
     * @return a non-empty set
     */
    Set<SignatureAlgorithm> algorithms();

    /**
     * Creates a signer for one key.
     *
     * @param config the provider's settings (key reference, credentials file, ...)
     * @return the signer
     * @throws SigningException when the config is invalid or the key cannot be used
     */
    Signer create(ProviderConfig config) throws SigningException;
}
