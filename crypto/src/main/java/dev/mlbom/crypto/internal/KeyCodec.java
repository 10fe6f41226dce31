package dev.mlbom.crypto.internal;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;

/**
 * Decodes SPKI and PKCS#8 structures into BouncyCastle parameters and applies mlbom's key policy:
 * Ed25519; ECDSA on named P-256, P-384 or P-521 only; RSA from 3072 to 16384 bits; pure ML-DSA-44,
 * ML-DSA-65 or ML-DSA-87 with exact public key lengths and seed-form private keys. Stateless and
 * thread-safe.
 */
public final class KeyCodec {

    /** The smallest RSA modulus mlbom accepts for its own keys. */
    public static final int MIN_RSA_BITS = 3072;
    /** The largest RSA modulus mlbom accepts (bounds verification cost). */
    public static final int MAX_RSA_BITS = 16384;

    private static final String SUPPORTED =
            "Ed25519, ECDSA P-256/P-384/P-521, RSA (3072 bits and up) or ML-DSA-44/65/87";

    private KeyCodec() {
    }

    /**
     * Decodes a DER SubjectPublicKeyInfo.
     *
     * @param der the bytes; must be DER (not BER)
     * @param source where the key came from, for messages
     * @return the checked key
     * @throws KeyException MALFORMED_PEM, UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyParts decodePublic(byte[] der, String source) throws KeyException {
        SubjectPublicKeyInfo info;
        try {
            ASN1Primitive primitive = der.length == 0 ? null : ASN1Primitive.fromByteArray(der);
            info = primitive == null ? null : SubjectPublicKeyInfo.getInstance(primitive);
            if (info == null) {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                        + ": the public key block is empty; export the key again as SPKI PEM ('PUBLIC KEY')");
            }
            if (!Arrays.equals(info.getEncoded(ASN1Encoding.DER), der)) {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                        + ": the public key is not DER-encoded (BER or trailing bytes); re-export it as SPKI DER/PEM");
            }
        } catch (IOException | RuntimeException e) {
            // BouncyCastle's ASN.1 layer reports structural errors unchecked (IllegalArgument/State, ClassCast)
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": not a SubjectPublicKeyInfo (expected a PEM 'PUBLIC KEY' block or SPKI DER)", e);
        }
        var mldsa = MlDsa.of(info.getAlgorithm().getAlgorithm());
        if (mldsa.isPresent()) {
            return fromParams(MlDsa.decodePublic(info, mldsa.get(), source), source);
        }
        AsymmetricKeyParameter key;
        try {
            key = PublicKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source
                    + ": the public key could not be decoded or is not a valid point/modulus for its type", e);
        }
        return fromParams(key, source);
    }

    /**
     * Checks public key parameters against mlbom's policy and encodes their canonical SPKI.
     *
     * @param key BouncyCastle public key parameters
     * @param source where the key came from
     * @return the checked key
     * @throws KeyException UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PublicKeyParts fromParams(AsymmetricKeyParameter key, String source) throws KeyException {
        if (key.isPrivate()) {
            throw new IllegalArgumentException("a private key was given where a public key is expected");
        }
        SignatureAlgorithm algorithm = algorithmOf(key, source);
        byte[] spki;
        try {
            spki = key instanceof MLDSAPublicKeyParameters ml
                    ? MlDsa.spki(MlDsa.of(algorithm).orElseThrow(), ml).getEncoded(ASN1Encoding.DER)
                    : SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": the public key cannot be encoded", e);
        }
        return new PublicKeyParts(algorithm, key, spki);
    }

    private static SignatureAlgorithm algorithmOf(AsymmetricKeyParameter key, String source) throws KeyException {
        if (key instanceof Ed25519PublicKeyParameters) {
            return SignatureAlgorithm.ED25519;
        }
        if (key instanceof ECPublicKeyParameters ec) {
            return curveAlgorithm(ec.getParameters(), source);
        }
        if (key instanceof RSAKeyParameters rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new KeyException(KeyException.Reason.WEAK_KEY, source + ": RSA key has " + bits
                        + " bits; mlbom requires at least " + MIN_RSA_BITS + " bits (generate a new key)");
            }
            if (bits > MAX_RSA_BITS) {
                throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": RSA key has " + bits
                        + " bits; mlbom accepts at most " + MAX_RSA_BITS);
            }
            return SignatureAlgorithm.RSA_PSS_SHA256;
        }
        if (key instanceof MLDSAPublicKeyParameters ml) {
            MlDsa.ParameterSet set = MlDsa.of(ml.getParameters()).orElseThrow(() -> new KeyException(
                    KeyException.Reason.UNSUPPORTED_KEY, source + ": " + ml.getParameters().getName()
                    + " (pre-hash ML-DSA) is not supported; use pure ML-DSA-44, ML-DSA-65 or ML-DSA-87"));
            MlDsa.publicKey(set, ml.getEncoded(), source);
            return set.algorithm();
        }
        throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": key type "
                + key.getClass().getSimpleName().replace("PublicKeyParameters", "").replace("KeyParameters", "")
                + " is not supported; use " + SUPPORTED);
    }

    private static SignatureAlgorithm curveAlgorithm(ECDomainParameters params, String source) throws KeyException {
        if (params instanceof ECNamedDomainParameters named) {
            ASN1ObjectIdentifier oid = named.getName();
            if (SECObjectIdentifiers.secp256r1.equals(oid)) {
                return SignatureAlgorithm.ECDSA_P256_SHA256;
            }
            if (SECObjectIdentifiers.secp384r1.equals(oid)) {
                return SignatureAlgorithm.ECDSA_P384_SHA384;
            }
            if (SECObjectIdentifiers.secp521r1.equals(oid)) {
                return SignatureAlgorithm.ECDSA_P521_SHA512;
            }
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": EC curve " + oid
                    + " is not supported; use P-256, P-384 or P-521");
        }
        throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source
                + ": EC key with explicit curve parameters; use a named curve (P-256, P-384 or P-521)");
    }

    /**
     * Encodes private parameters as PKCS#8. Ed25519 keys are written as RFC 8410 OneAsymmetricKey
     * version 0 (v1, without the public key), which OpenSSL 3.0 and Python {@code cryptography}
     * read; both versions are read back.
     *
     * @param key private parameters that passed {@link #fromPrivateParams}
     * @return the PrivateKeyInfo
     */
    public static PrivateKeyInfo encodePrivate(AsymmetricKeyParameter key) {
        try {
            if (key instanceof Ed25519PrivateKeyParameters ed) {
                return new PrivateKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                        new DEROctetString(ed.getEncoded()));
            }
            if (key instanceof MLDSAPrivateKeyParameters ml) {
                return MlDsa.encodePrivate(MlDsa.of(ml.getParameters()).orElseThrow(), ml);
            }
            return PrivateKeyInfoFactory.createPrivateKeyInfo(key);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the private key", e);
        }
    }

    /**
     * A decoded private key with its public half.
     *
     * @param key the private parameters
     * @param publicKey the checked public key
     */
    public record PrivateKeyParts(AsymmetricKeyParameter key, PublicKeyParts publicKey) {
    }

    /**
     * Decodes a PKCS#8 PrivateKeyInfo and derives the public key.
     *
     * @param info the structure
     * @param source where it came from
     * @return the private key with its checked public key
     * @throws KeyException UNSUPPORTED_KEY, WEAK_KEY or MALFORMED_PEM
     */
    public static PrivateKeyParts decodePrivate(PrivateKeyInfo info, String source) throws KeyException {
        var mldsa = MlDsa.of(info.getPrivateKeyAlgorithm().getAlgorithm());
        if (mldsa.isPresent()) {
            return fromPrivateParams(MlDsa.decodePrivate(info, mldsa.get(), source), source);
        }
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source
                    + ": the private key could not be decoded (unsupported type or malformed PKCS#8)", e);
        }
        try {
            PrivateKeyParts parts = fromPrivateParams(key, source);
            checkEmbeddedPublicKey(info, key, parts, source);
            return parts;
        } catch (RuntimeException e) {
            // BouncyCastle checks key values with unchecked exceptions (e.g. an even RSA exponent)
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": the private key's values do not form a valid key (" + e.getClass().getSimpleName()
                    + "); the file is damaged: restore it from a backup", e);
        }
    }

    /**
     * A private key file may carry redundant data: the public key (PKCS#8 v2, SEC 1 ECPrivateKey)
     * and RSA's CRT values. They are a free integrity check: when they disagree with the private
     * value the file is damaged, and loading it would sign with a key nobody trusts.
     */
    private static void checkEmbeddedPublicKey(PrivateKeyInfo info, AsymmetricKeyParameter key, PrivateKeyParts parts,
            String source) throws KeyException {
        byte[] derived = parts.publicKey().spki();
        byte[] embedded = null;
        try {
            if (key instanceof ECPrivateKeyParameters) {
                org.bouncycastle.asn1.sec.ECPrivateKey ec =
                        org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey());
                if (ec.getPublicKey() != null) {
                    embedded = ec.getPublicKey().getOctets();
                }
            } else if (key instanceof Ed25519PrivateKeyParameters && info.getPublicKeyData() != null) {
                embedded = info.getPublicKeyData().getOctets();
            }
        } catch (IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": the private key's embedded public key cannot be read; the file is damaged", e);
        }
        if (embedded != null) {
            org.bouncycastle.asn1.x509.SubjectPublicKeyInfo spki =
                    org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(derived);
            if (!java.util.Arrays.equals(embedded, spki.getPublicKeyData().getOctets())) {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                        + ": the public key stored in the private key file does not belong to its private value;"
                        + " the file is damaged: restore it from a backup");
            }
        }
        if (key instanceof RSAPrivateCrtKeyParameters rsa && !consistent(rsa)) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source
                    + ": the RSA private key's values do not fit together (n != p*q or wrong CRT values);"
                    + " the file is damaged: restore it from a backup");
        }
    }

    private static boolean consistent(RSAPrivateCrtKeyParameters rsa) {
        BigInteger p = rsa.getP();
        BigInteger q = rsa.getQ();
        BigInteger d = rsa.getExponent();
        if (p == null || q == null || p.signum() <= 0 || q.signum() <= 0) {
            return false;
        }
        BigInteger one = BigInteger.ONE;
        return p.multiply(q).equals(rsa.getModulus())
                && d.mod(p.subtract(one)).equals(rsa.getDP())
                && d.mod(q.subtract(one)).equals(rsa.getDQ())
                && rsa.getQInv().multiply(q).mod(p).equals(one)
                && rsa.getPublicExponent().multiply(d).mod(p.subtract(one)).equals(one)
                && rsa.getPublicExponent().multiply(d).mod(q.subtract(one)).equals(one);
    }

    /**
     * Derives and checks the public key of private parameters.
     *
     * @param key private parameters
     * @param source where it came from
     * @return the key with its checked public key
     * @throws KeyException UNSUPPORTED_KEY or WEAK_KEY
     */
    public static PrivateKeyParts fromPrivateParams(AsymmetricKeyParameter key, String source) throws KeyException {
        AsymmetricKeyParameter pub;
        if (key instanceof Ed25519PrivateKeyParameters ed) {
            pub = ed.generatePublicKey();
        } else if (key instanceof ECPrivateKeyParameters ec) {
            ECDomainParameters params = ec.getParameters();
            BigInteger d = ec.getD();
            if (d.signum() <= 0 || d.compareTo(params.getN()) >= 0) {
                throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": EC private scalar out of range");
            }
            pub = new ECPublicKeyParameters(new FixedPointCombMultiplier().multiply(params.getG(), d).normalize(), params);
        } else if (key instanceof RSAPrivateCrtKeyParameters rsa) {
            pub = new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent());
        } else if (key instanceof MLDSAPrivateKeyParameters ml) {
            MlDsa.ParameterSet set = MlDsa.of(ml.getParameters()).orElseThrow(() -> new KeyException(
                    KeyException.Reason.UNSUPPORTED_KEY, source + ": " + ml.getParameters().getName()
                    + " (pre-hash ML-DSA) is not supported; use pure ML-DSA-44, ML-DSA-65 or ML-DSA-87"));
            if (ml.getSeed() == null) {
                throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source
                        + ": an ML-DSA private key without its seed is not supported");
            }
            key = MlDsa.fromSeed(set, ml.getSeed(), source);
            pub = ((MLDSAPrivateKeyParameters) key).getPublicKeyParameters();
        } else {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": private key type "
                    + key.getClass().getSimpleName() + " is not supported; use " + SUPPORTED + " (RSA in CRT form)");
        }
        return new PrivateKeyParts(key, fromParams(pub, source));
    }
}
