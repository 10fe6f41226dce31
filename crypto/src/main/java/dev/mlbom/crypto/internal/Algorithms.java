package dev.mlbom.crypto.internal;

import dev.mlbom.spi.SignatureAlgorithm;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * Maps each mlbom {@link SignatureAlgorithm} to its primitive with mlbom's fixed parameters
 * (ECDSA in DER, RSA-PSS with SHA-256, MGF1-SHA-256, 32-byte salt). Stateless and thread-safe.
 */
public final class Algorithms {

    /** RSA-PSS salt length used by mlbom. */
    public static final int PSS_SALT_LENGTH = 32;

    private Algorithms() {
    }

    /**
     * The verify primitive of a checked public key, in the envelope encoding.
     *
     * @param key the key
     * @return the primitive
     */
    public static VerifyPrimitive verifier(PublicKeyParts key) {
        AsymmetricKeyParameter k = key.key();
        return switch (key.algorithm()) {
            case ED25519 -> Primitives.ed25519((Ed25519PublicKeyParameters) k);
            case ECDSA_P256_SHA256 -> Primitives.ecdsa((ECPublicKeyParameters) k, SHA256Digest::new, EcdsaEncoding.DER);
            case ECDSA_P384_SHA384 -> Primitives.ecdsa((ECPublicKeyParameters) k, SHA384Digest::new, EcdsaEncoding.DER);
            case RSA_PSS_SHA256 -> Primitives.rsaPss((RSAKeyParameters) k, SHA256Digest::new, SHA256Digest::new,
                    PSS_SALT_LENGTH);
        };
    }

    /**
     * The sign primitive of a private key whose algorithm is known.
     *
     * @param algorithm the algorithm the key fixes
     * @param k the private parameters
     * @return the primitive
     */
    public static SignPrimitive signer(SignatureAlgorithm algorithm, AsymmetricKeyParameter k) {
        return switch (algorithm) {
            case ED25519 -> Primitives.ed25519((Ed25519PrivateKeyParameters) k);
            case ECDSA_P256_SHA256 -> Primitives.ecdsa((ECPrivateKeyParameters) k, SHA256Digest::new);
            case ECDSA_P384_SHA384 -> Primitives.ecdsa((ECPrivateKeyParameters) k, SHA384Digest::new);
            case RSA_PSS_SHA256 -> Primitives.rsaPss((RSAPrivateCrtKeyParameters) k, SHA256Digest::new,
                    SHA256Digest::new, PSS_SALT_LENGTH);
        };
    }

    /**
     * A fresh message digest for an ECDSA algorithm.
     *
     * @param algorithm an ECDSA algorithm
     * @return the digest
     */
    public static Digest ecdsaDigest(SignatureAlgorithm algorithm) {
        return algorithm == SignatureAlgorithm.ECDSA_P384_SHA384 ? new SHA384Digest() : new SHA256Digest();
    }
}
