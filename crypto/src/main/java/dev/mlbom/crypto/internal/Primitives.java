package dev.mlbom.crypto.internal;

import dev.mlbom.spi.InvalidSignatureException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSASigner;

/**
 * Signature primitives on BouncyCastle's lightweight API. Each call builds its own BC engine, so
 * every primitive returned here is safe for concurrent use. Stateless and thread-safe.
 */
public final class Primitives {

    private Primitives() {
    }

    /**
     * Ed25519 verification (RFC 8032, pure): exactly 64 signature bytes; BouncyCastle rejects a
     * non-canonical S (S &gt;= L) and an invalid encoded R.
     *
     * @param key the public key
     * @return the primitive
     */
    public static VerifyPrimitive ed25519(Ed25519PublicKeyParameters key) {
        Objects.requireNonNull(key, "key");
        return (sig, data) -> {
            if (sig.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
                throw malformed("an Ed25519 signature must be exactly 64 bytes, got " + sig.length);
            }
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, key);
            verifier.update(data, 0, data.length);
            if (!verifier.verifySignature(sig)) {
                throw invalid();
            }
        };
    }

    /**
     * Ed25519 signing.
     *
     * @param key the private key
     * @return the primitive, giving 64-byte signatures
     */
    public static SignPrimitive ed25519(Ed25519PrivateKeyParameters key) {
        Objects.requireNonNull(key, "key");
        return data -> {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, key);
            signer.update(data, 0, data.length);
            return signer.generateSignature();
        };
    }

    /**
     * ECDSA verification with a strict signature encoding; r and s must lie in [1, n-1]. Both
     * (r, s) and (r, n - s) verify: ECDSA signatures are malleable, and mlbom never uses a
     * signature as an identifier.
     *
     * @param key the public key (its point is validated by BouncyCastle on construction)
     * @param digest makes the message digest (SHA-256 for P-256, SHA-384 for P-384, SHA-512 for P-521)
     * @param encoding the one accepted encoding
     * @return the primitive
     */
    public static VerifyPrimitive ecdsa(ECPublicKeyParameters key, Supplier<Digest> digest, EcdsaEncoding encoding) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(encoding, "encoding");
        BigInteger n = key.getParameters().getN();
        int orderBytes = (n.bitLength() + 7) / 8;
        return (sig, data) -> {
            BigInteger[] rs = encoding == EcdsaEncoding.DER
                    ? EcdsaSignatures.decodeDer(sig, orderBytes + 1)
                    : EcdsaSignatures.decodeP1363(sig, orderBytes);
            BigInteger r = rs[0];
            BigInteger s = rs[1];
            if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
                throw invalid();
            }
            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, key);
            if (!verifier.verifySignature(hash(digest.get(), data), r, s)) {
                throw invalid();
            }
        };
    }

    /**
     * ECDSA signing with deterministic nonces (RFC 6979, HMAC with the message digest), giving
     * DER signatures. Deterministic nonces remove the dependence on a good random source at
     * signing time.
     *
     * @param key the private key
     * @param digest makes the message digest
     * @return the primitive
     */
    public static SignPrimitive ecdsa(ECPrivateKeyParameters key, Supplier<Digest> digest) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        return data -> {
            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(digest.get()));
            signer.init(true, key);
            BigInteger[] rs = signer.generateSignature(hash(digest.get(), data));
            return EcdsaSignatures.encodeDer(rs[0], rs[1]);
        };
    }

    /**
     * RSASSA-PSS verification with the given parameters (trailer field 0xBC). The signature must
     * have exactly the modulus' byte length.
     *
     * @param key the public key (no size policy here: that is the key handle's job)
     * @param hash the message digest
     * @param mgfHash the MGF1 digest
     * @param saltLength the salt length in bytes
     * @return the primitive
     */
    public static VerifyPrimitive rsaPss(RSAKeyParameters key, Supplier<Digest> hash, Supplier<Digest> mgfHash,
            int saltLength) {
        Objects.requireNonNull(key, "key");
        int modulusBytes = (key.getModulus().bitLength() + 7) / 8;
        return (sig, data) -> {
            if (sig.length != modulusBytes) {
                throw malformed("an RSA signature for this key must be exactly " + modulusBytes
                        + " bytes, got " + sig.length);
            }
            PSSSigner verifier = new PSSSigner(new RSABlindedEngine(), hash.get(), mgfHash.get(), saltLength);
            verifier.init(false, key);
            verifier.update(data, 0, data.length);
            boolean ok;
            try {
                ok = verifier.verifySignature(sig);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                throw invalid();
            }
        };
    }

    /**
     * RSASSA-PSS signing.
     *
     * @param key the private key
     * @param hash the message digest
     * @param mgfHash the MGF1 digest
     * @param saltLength the salt length in bytes
     * @return the primitive
     */
    public static SignPrimitive rsaPss(RSAPrivateCrtKeyParameters key, Supplier<Digest> hash, Supplier<Digest> mgfHash,
            int saltLength) {
        Objects.requireNonNull(key, "key");
        return data -> {
            PSSSigner signer = new PSSSigner(new RSABlindedEngine(), hash.get(), mgfHash.get(), saltLength);
            signer.init(true, new ParametersWithRandom(key, Bc.random()));
            signer.update(data, 0, data.length);
            try {
                return signer.generateSignature();
            } catch (CryptoException e) {
                throw new IllegalStateException("RSA-PSS signing failed", e);
            }
        };
    }

    /** The longest ML-DSA context string (FIPS 204), in bytes. */
    public static final int MLDSA_MAX_CONTEXT_BYTES = 255;

    /**
     * ML-DSA verification (FIPS 204 ML-DSA.Verify, pure). The signature must have exactly the
     * parameter set's length; the public key's length is the key decoder's job
     * ({@link MlDsa#publicKey}).
     *
     * @param key the public key
     * @param signatureBytes the exact signature length of its parameter set
     * @param context the context string (mlbom uses the empty one); at most 255 bytes, else every
     *     signature is rejected as malformed
     * @return the primitive
     */
    public static VerifyPrimitive mldsa(MLDSAPublicKeyParameters key, int signatureBytes, byte[] context) {
        Objects.requireNonNull(key, "key");
        byte[] ctx = context.clone();
        return (sig, data) -> {
            if (ctx.length > MLDSA_MAX_CONTEXT_BYTES) {
                throw malformed("an ML-DSA context is at most 255 bytes, got " + ctx.length);
            }
            if (sig.length != signatureBytes) {
                throw malformed("an ML-DSA signature for this key must be exactly " + signatureBytes + " bytes, got "
                        + sig.length);
            }
            MLDSASigner verifier = new MLDSASigner();
            boolean ok;
            try {
                verifier.init(false, new ParametersWithContext(key, ctx));
                verifier.update(data, 0, data.length);
                ok = verifier.verifySignature(sig);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                throw invalid();
            }
        };
    }

    /**
     * ML-DSA signing (FIPS 204 ML-DSA.Sign, pure).
     *
     * @param key the private key
     * @param context the context string, at most 255 bytes
     * @param random the source of the 32-byte {@code rnd} for hedged signing, or null for the
     *     deterministic variant ({@code rnd} all zero)
     * @return the primitive
     * @throws IllegalArgumentException when the context is longer than 255 bytes
     */
    public static SignPrimitive mldsa(MLDSAPrivateKeyParameters key, byte[] context, SecureRandom random) {
        Objects.requireNonNull(key, "key");
        if (context.length > MLDSA_MAX_CONTEXT_BYTES) {
            throw new IllegalArgumentException("an ML-DSA context is at most 255 bytes, got " + context.length);
        }
        byte[] ctx = context.clone();
        return data -> {
            MLDSASigner signer = new MLDSASigner();
            CipherParameters k = random == null ? key : new ParametersWithRandom(key, random);
            signer.init(true, new ParametersWithContext(k, ctx));
            signer.update(data, 0, data.length);
            try {
                return signer.generateSignature();
            } catch (CryptoException e) {
                throw new IllegalStateException("ML-DSA signing failed", e);
            }
        };
    }

    private static byte[] hash(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    private static InvalidSignatureException malformed(String what) {
        return new InvalidSignatureException(InvalidSignatureException.Reason.MALFORMED, "signature rejected: " + what);
    }

    private static InvalidSignatureException invalid() {
        return new InvalidSignatureException(InvalidSignatureException.Reason.SIGNATURE_INVALID,
                "signature does not verify over the data with this key");
    }
}
