package dev.mlbom.crypto.internal;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.spi.SignatureAlgorithm;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;

/**
 * Maps each algorithm mlbom's built-in crypto implements to its primitives with mlbom's fixed
 * parameters: ECDSA in DER with RFC 6979 nonces; RSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte
 * salt; pure ML-DSA with the empty context and hedged signing. Vendor algorithms
 * ({@link SignatureAlgorithm#of(String)}) have no entry. Stateless and thread-safe.
 */
public final class Algorithms {

    /** RSA-PSS salt length used by mlbom. */
    public static final int PSS_SALT_LENGTH = 32;

    private static final byte[] EMPTY_CONTEXT = new byte[0];

    /** Signing and verifying for one algorithm. */
    private record Entry(Function<AsymmetricKeyParameter, SignPrimitive> signer,
            Function<AsymmetricKeyParameter, VerifyPrimitive> verifier) {
    }

    private static final Map<SignatureAlgorithm, Entry> ENTRIES = Map.of(
            SignatureAlgorithm.ED25519, new Entry(
                    k -> Primitives.ed25519((Ed25519PrivateKeyParameters) k),
                    k -> Primitives.ed25519((Ed25519PublicKeyParameters) k)),
            SignatureAlgorithm.ECDSA_P256_SHA256, new Entry(
                    k -> Primitives.ecdsa((ECPrivateKeyParameters) k, SHA256Digest::new),
                    k -> Primitives.ecdsa((ECPublicKeyParameters) k, SHA256Digest::new, EcdsaEncoding.DER)),
            SignatureAlgorithm.ECDSA_P384_SHA384, new Entry(
                    k -> Primitives.ecdsa((ECPrivateKeyParameters) k, SHA384Digest::new),
                    k -> Primitives.ecdsa((ECPublicKeyParameters) k, SHA384Digest::new, EcdsaEncoding.DER)),
            SignatureAlgorithm.ECDSA_P521_SHA512, new Entry(
                    k -> Primitives.ecdsa((ECPrivateKeyParameters) k, SHA512Digest::new),
                    k -> Primitives.ecdsa((ECPublicKeyParameters) k, SHA512Digest::new, EcdsaEncoding.DER)),
            SignatureAlgorithm.RSA_PSS_SHA256, new Entry(
                    k -> Primitives.rsaPss((RSAPrivateCrtKeyParameters) k, SHA256Digest::new, SHA256Digest::new,
                            PSS_SALT_LENGTH),
                    k -> Primitives.rsaPss((RSAKeyParameters) k, SHA256Digest::new, SHA256Digest::new,
                            PSS_SALT_LENGTH)),
            SignatureAlgorithm.ML_DSA_44, mlDsa(SignatureAlgorithm.ML_DSA_44),
            SignatureAlgorithm.ML_DSA_65, mlDsa(SignatureAlgorithm.ML_DSA_65),
            SignatureAlgorithm.ML_DSA_87, mlDsa(SignatureAlgorithm.ML_DSA_87));

    private Algorithms() {
    }

    private static Entry mlDsa(SignatureAlgorithm algorithm) {
        int signatureBytes = MlDsa.of(algorithm).orElseThrow().signatureBytes();
        return new Entry(
                k -> Primitives.mldsa((MLDSAPrivateKeyParameters) k, EMPTY_CONTEXT, Bc.random()),
                k -> Primitives.mldsa((MLDSAPublicKeyParameters) k, signatureBytes, EMPTY_CONTEXT));
    }

    /**
     * Whether the built-in crypto implements an algorithm (true for every well-known one).
     *
     * @param algorithm any algorithm
     * @return whether keys of it can be generated, read, and used to sign and verify
     */
    public static boolean implemented(SignatureAlgorithm algorithm) {
        return ENTRIES.containsKey(algorithm);
    }

    /**
     * Refuses an algorithm the built-in crypto does not implement.
     *
     * @param algorithm any algorithm
     * @param what what was asked of it, for the message (e.g. "verify")
     * @throws KeyException UNSUPPORTED_ALGORITHM for a vendor algorithm
     */
    public static void requireImplemented(SignatureAlgorithm algorithm, String what) throws KeyException {
        if (!implemented(algorithm)) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_ALGORITHM, "cannot " + what + " with "
                    + algorithm.id() + ": mlbom's built-in crypto does not implement it (it implements "
                    + String.join(", ", SignatureAlgorithm.knownAlgorithms().stream().map(SignatureAlgorithm::id).toList())
                    + "); use the signer or verifier of the vendor that provides it");
        }
    }

    /**
     * The verify primitive of a checked public key, in the envelope encoding.
     *
     * @param key the key (made by {@link KeyCodec}, so of an implemented algorithm)
     * @return the primitive
     */
    public static VerifyPrimitive verifier(PublicKeyParts key) {
        return entry(key.algorithm()).verifier().apply(key.key());
    }

    /**
     * The sign primitive of a private key whose algorithm is known.
     *
     * @param algorithm the algorithm the key fixes
     * @param k the private parameters
     * @return the primitive
     */
    public static SignPrimitive signer(SignatureAlgorithm algorithm, AsymmetricKeyParameter k) {
        return entry(algorithm).signer().apply(k);
    }

    private static Entry entry(SignatureAlgorithm algorithm) {
        Entry entry = ENTRIES.get(algorithm);
        if (entry == null) {
            // KeyCodec only makes keys of implemented algorithms
            throw new IllegalStateException("no built-in primitive for " + algorithm.id());
        }
        return entry;
    }
}
