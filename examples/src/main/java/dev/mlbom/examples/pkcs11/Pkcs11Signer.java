package dev.mlbom.examples.pkcs11;

import dev.mlbom.crypto.PublicKeyHandle;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SignatureResult;
import dev.mlbom.spi.SigningException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Signature;
import java.util.Objects;

/**
 * Signs with a private key held in a PKCS#11 token. The key never leaves the token: each
 * {@link #sign(byte[])} call asks the token to sign (ECDSA P-256 with SHA-256, or P-384 with
 * SHA-384; SunPKCS11 returns ASN.1 DER, the DSSE envelope encoding).
 *
 * <p>Make one with {@link Pkcs11SignerProvider}. Thread-safe: every call uses its own
 * {@link Signature} object, and SunPKCS11 keeps a pool of token sessions.
 */
public final class Pkcs11Signer implements Signer {

    private final Provider provider;
    private final PrivateKey privateKey;
    private final PublicKeyHandle publicKey;
    private final String jcaAlgorithm;

    Pkcs11Signer(Provider provider, PrivateKey privateKey, PublicKeyHandle publicKey) throws SigningException {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        if (publicKey.algorithm().equals(SignatureAlgorithm.ECDSA_P256_SHA256)) {
            this.jcaAlgorithm = "SHA256withECDSA";
        } else if (publicKey.algorithm().equals(SignatureAlgorithm.ECDSA_P384_SHA384)) {
            this.jcaAlgorithm = "SHA384withECDSA";
        } else {
            throw new SigningException(SigningException.Reason.UNSUPPORTED_ALGORITHM,
                    "the token key is a " + publicKey.algorithm().id() + " key; this example signs with ECDSA P-256 or P-384");
        }
    }

    @Override
    public String keyId() {
        return publicKey.keyId();
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return publicKey.algorithm();
    }

    /**
     * The token key's public half, as read from its certificate on the token.
     *
     * @return the public key
     */
    public PublicKeyHandle publicKey() {
        return publicKey;
    }

    @Override
    public SignatureResult sign(byte[] data) throws SigningException {
        Objects.requireNonNull(data, "data");
        try {
            Signature signature = Signature.getInstance(jcaAlgorithm, provider);
            signature.initSign(privateKey);
            signature.update(data);
            return SignatureResult.of(signature.sign());
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SigningException(SigningException.Reason.PROVIDER_FAILED,
                    "the PKCS#11 token failed to sign with key " + keyId() + " (" + e.getClass().getSimpleName()
                            + "); check that the token is present and logged in", e);
        }
    }

    @Override
    public String toString() {
        return "Pkcs11Signer[" + algorithm().id() + ", " + keyId() + ", " + provider.getName() + "]";
    }
}
