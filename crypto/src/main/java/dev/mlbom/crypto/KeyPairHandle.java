package dev.mlbom.crypto;

import dev.mlbom.crypto.internal.Algorithms;
import dev.mlbom.crypto.internal.Bc;
import dev.mlbom.crypto.internal.BuiltinSigner;
import dev.mlbom.crypto.internal.KeyCodec;
import dev.mlbom.crypto.internal.MlDsa;
import dev.mlbom.crypto.internal.PemCodec;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.Signer;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAKeyPairGenerator;

/**
 * A private key with its public half, from which a {@link Signer} is built. The key fixes the
 * algorithm (see {@link PublicKeyHandle}). {@link #toString()} shows the algorithm and key id only.
 *
 * <pre>{@code
 * KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
 * KeyFiles.writeEncryptedPrivateKey(Path.of("signing.key"), key, password);
 * Signer signer = key.signer();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyPairHandle {

    /** The RSA modulus size {@link #generate(SignatureAlgorithm)} uses. */
    public static final int DEFAULT_RSA_BITS = 3072;

    private static final Map<SignatureAlgorithm, ASN1ObjectIdentifier> CURVES = Map.of(
            SignatureAlgorithm.ECDSA_P256_SHA256, SECObjectIdentifiers.secp256r1,
            SignatureAlgorithm.ECDSA_P384_SHA384, SECObjectIdentifiers.secp384r1,
            SignatureAlgorithm.ECDSA_P521_SHA512, SECObjectIdentifiers.secp521r1);

    private final AsymmetricKeyParameter privateKey;
    private final PublicKeyHandle publicKey;

    private KeyPairHandle(KeyCodec.PrivateKeyParts parts) {
        this.privateKey = parts.key();
        this.publicKey = PublicKeyHandle.of(parts.publicKey());
    }

    /**
     * Generates a new key pair (RSA keys get {@value #DEFAULT_RSA_BITS} bits and exponent 65537).
     * Every {@linkplain SignatureAlgorithm#knownAlgorithms() well-known algorithm} is supported.
     *
     * @param algorithm the algorithm the key will fix
     * @return the new key
     * @throws IllegalArgumentException for a vendor algorithm ({@link SignatureAlgorithm#of(String)}),
     *     which the built-in crypto does not implement; the message says so
     */
    public static KeyPairHandle generate(SignatureAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        AsymmetricCipherKeyPair pair;
        if (algorithm.equals(SignatureAlgorithm.ED25519)) {
            Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
            generator.init(new Ed25519KeyGenerationParameters(Bc.random()));
            pair = generator.generateKeyPair();
        } else if (CURVES.containsKey(algorithm)) {
            ASN1ObjectIdentifier oid = CURVES.get(algorithm);
            ECKeyPairGenerator generator = new ECKeyPairGenerator();
            generator.init(new ECKeyGenerationParameters(
                    new ECNamedDomainParameters(oid, ECNamedCurveTable.getByOID(oid)), Bc.random()));
            pair = generator.generateKeyPair();
        } else if (algorithm.equals(SignatureAlgorithm.RSA_PSS_SHA256)) {
            pair = rsaPair(DEFAULT_RSA_BITS);
        } else if (MlDsa.of(algorithm).isPresent()) {
            MLDSAKeyPairGenerator generator = new MLDSAKeyPairGenerator();
            generator.init(new MLDSAKeyGenerationParameters(Bc.random(), MlDsa.of(algorithm).get().parameters()));
            pair = generator.generateKeyPair();
        } else {
            try {
                Algorithms.requireImplemented(algorithm, "generate a key");
            } catch (KeyException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            throw new IllegalStateException("no key generator for " + algorithm.id());
        }
        try {
            return new KeyPairHandle(KeyCodec.fromPrivateParams(pair.getPrivate(), "generated key"));
        } catch (KeyException e) {
            throw new IllegalStateException("a generated key failed mlbom's key policy", e);
        }
    }

    /**
     * Generates an RSA key pair for RSA-PSS.
     *
     * @param bits the modulus size, 3072 to 16384
     * @return the new key
     * @throws IllegalArgumentException when bits is outside the allowed range
     */
    public static KeyPairHandle generateRsa(int bits) {
        if (bits < KeyCodec.MIN_RSA_BITS || bits > KeyCodec.MAX_RSA_BITS) {
            throw new IllegalArgumentException("RSA keys must have " + KeyCodec.MIN_RSA_BITS + " to "
                    + KeyCodec.MAX_RSA_BITS + " bits, got " + bits);
        }
        try {
            return new KeyPairHandle(KeyCodec.fromPrivateParams(rsaPair(bits).getPrivate(), "generated key"));
        } catch (KeyException e) {
            throw new IllegalStateException("a generated key failed mlbom's key policy", e);
        }
    }

    private static AsymmetricCipherKeyPair rsaPair(int bits) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), Bc.random(), bits, 128));
        return generator.generateKeyPair();
    }

    /**
     * Reads an unencrypted private key from PEM (PKCS#8 {@code PRIVATE KEY}; the traditional
     * OpenSSL {@code EC PRIVATE KEY} and {@code RSA PRIVATE KEY} forms are read too).
     *
     * @param pem the PEM text with exactly one key block
     * @return the key
     * @throws KeyException MALFORMED_PEM, PASSWORD_REQUIRED (the key is encrypted),
     *     UNSUPPORTED_KEY or WEAK_KEY
     */
    public static KeyPairHandle fromPem(String pem) throws KeyException {
        return fromPem(pem, null, "PEM text");
    }

    /**
     * Reads a private key from PEM, decrypting an {@code ENCRYPTED PRIVATE KEY} (PKCS#8 PBES2, e.g.
     * PBKDF2 with AES-CBC) with the password. An unencrypted key is read as is.
     *
     * @param pem the PEM text with exactly one key block
     * @param password the password; not retained (the caller should clear it after use)
     * @return the key
     * @throws KeyException WRONG_PASSWORD, MALFORMED_PEM, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static KeyPairHandle fromPem(String pem, char[] password) throws KeyException {
        return fromPem(pem, Objects.requireNonNull(password, "password"), "PEM text");
    }

    static KeyPairHandle fromPem(String pem, char[] password, String source) throws KeyException {
        return new KeyPairHandle(PemCodec.readPrivate(Objects.requireNonNull(pem, "pem"), source, password));
    }

    /**
     * The algorithm this key signs with.
     *
     * @return the algorithm the key fixes
     */
    public SignatureAlgorithm algorithm() {
        return publicKey.algorithm();
    }

    /**
     * The key id (of the public half).
     *
     * @return 64 hex characters
     */
    public String keyId() {
        return publicKey.keyId();
    }

    /**
     * The public half.
     *
     * @return the public key
     */
    public PublicKeyHandle publicKey() {
        return publicKey;
    }

    /**
     * A signer for this key. ECDSA signatures are ASN.1 DER with deterministic nonces (RFC 6979);
     * Ed25519 signatures are 64 raw bytes; RSA-PSS uses SHA-256, MGF1-SHA-256 and a 32-byte salt;
     * ML-DSA is pure ML-DSA (FIPS 204) with the empty context and hedged signing (a fresh 32-byte
     * {@code rnd} from a strong random source per signature, the FIPS 204 default), so two
     * signatures of the same data differ.
     *
     * @return a thread-safe signer
     */
    public Signer signer() {
        return new BuiltinSigner(keyId(), algorithm(), Algorithms.signer(algorithm(), privateKey));
    }

    /**
     * A signer for this key, after checking that the key is of the expected algorithm.
     *
     * @param expected the algorithm required
     * @return the signer
     * @throws KeyException ALGORITHM_MISMATCH when the key is of another algorithm,
     *     UNSUPPORTED_ALGORITHM when expected is a vendor algorithm
     */
    public Signer signer(SignatureAlgorithm expected) throws KeyException {
        publicKey.requireAlgorithm(expected);
        return signer();
    }

    /**
     * The private key as unencrypted PKCS#8 PEM. Prefer {@link #toEncryptedPem(char[])} for
     * anything written to disk.
     *
     * @return the PEM text (secret)
     */
    public String toPem() {
        return PemCodec.writePrivate(privateKeyInfo());
    }

    /**
     * The private key as encrypted PKCS#8 PEM: PBES2 with PBKDF2-HMAC-SHA256 (600,000 iterations,
     * random salt) and AES-256-CBC. OpenSSL reads it ({@code openssl pkey -in ...}).
     *
     * @param password the password, not empty; not retained
     * @return the PEM text
     */
    public String toEncryptedPem(char[] password) {
        return PemCodec.writeEncrypted(privateKeyInfo(), password);
    }

    private PrivateKeyInfo privateKeyInfo() {
        return KeyCodec.encodePrivate(privateKey);
    }

    @Override
    public String toString() {
        return "KeyPair[" + algorithm().id() + ", " + keyId() + "]";
    }
}
