package dev.mlbom.crypto.internal;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.util.Arrays;

/**
 * ML-DSA (FIPS 204) parameter sets and their key encodings (RFC 9881): SPKI with the raw public
 * key in the BIT STRING and no algorithm parameters; PKCS#8 with the 32-byte seed
 * ({@code [0] IMPLICIT OCTET STRING}) when written, the seed or seed-and-expanded-key forms when
 * read. An expanded-key-only private key is refused (it cannot be checked against a seed).
 *
 * <p>Public key lengths are checked here because BouncyCastle's parameters accept a key one byte
 * too long or too short. Stateless and thread-safe.
 */
public final class MlDsa {

    /** The seed length of every ML-DSA private key, in bytes. */
    public static final int SEED_BYTES = 32;

    /**
     * One ML-DSA parameter set.
     *
     * @param algorithm the mlbom algorithm
     * @param parameters BouncyCastle's pure parameter set
     * @param oid the algorithm OID (2.16.840.1.101.3.4.3.17, .18 or .19)
     * @param publicKeyBytes the exact public key length
     * @param signatureBytes the exact signature length
     */
    public record ParameterSet(SignatureAlgorithm algorithm, MLDSAParameters parameters, ASN1ObjectIdentifier oid,
            int publicKeyBytes, int signatureBytes) {
    }

    private static final List<ParameterSet> SETS = List.of(
            new ParameterSet(SignatureAlgorithm.ML_DSA_44, MLDSAParameters.ml_dsa_44, NISTObjectIdentifiers.id_ml_dsa_44,
                    1312, 2420),
            new ParameterSet(SignatureAlgorithm.ML_DSA_65, MLDSAParameters.ml_dsa_65, NISTObjectIdentifiers.id_ml_dsa_65,
                    1952, 3309),
            new ParameterSet(SignatureAlgorithm.ML_DSA_87, MLDSAParameters.ml_dsa_87, NISTObjectIdentifiers.id_ml_dsa_87,
                    2592, 4627));

    private MlDsa() {
    }

    /**
     * The parameter set of an algorithm.
     *
     * @param algorithm any algorithm
     * @return the set, or empty when the algorithm is not ML-DSA
     */
    public static Optional<ParameterSet> of(SignatureAlgorithm algorithm) {
        return SETS.stream().filter(s -> s.algorithm().equals(algorithm)).findFirst();
    }

    /**
     * The parameter set of an OID.
     *
     * @param oid an algorithm OID
     * @return the set, or empty when the OID is not pure ML-DSA
     */
    public static Optional<ParameterSet> of(ASN1ObjectIdentifier oid) {
        return SETS.stream().filter(s -> s.oid().equals(oid)).findFirst();
    }

    /**
     * The parameter set of BouncyCastle parameters.
     *
     * @param parameters BouncyCastle's parameter set
     * @return the set, or empty for the pre-hash (HashML-DSA) variants
     */
    public static Optional<ParameterSet> of(MLDSAParameters parameters) {
        return SETS.stream().filter(s -> s.parameters() == parameters).findFirst();
    }

    /**
     * Decodes an ML-DSA SubjectPublicKeyInfo.
     *
     * @param info the SPKI (its algorithm OID is one of the three ML-DSA OIDs)
     * @param set the parameter set of that OID
     * @param source where the key came from
     * @return the public key
     * @throws KeyException UNSUPPORTED_KEY when parameters are present or the key length is wrong
     */
    public static MLDSAPublicKeyParameters decodePublic(SubjectPublicKeyInfo info, ParameterSet set, String source)
            throws KeyException {
        if (info.getAlgorithm().getParameters() != null) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": " + set.algorithm().id()
                    + " public key with algorithm parameters; RFC 9881 requires them to be absent");
        }
        if (info.getPublicKeyData().getPadBits() != 0) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": " + set.algorithm().id()
                    + " public key BIT STRING has unused bits");
        }
        return publicKey(set, info.getPublicKeyData().getOctets(), source);
    }

    /**
     * Makes public parameters from the raw FIPS 204 encoding, checking its length.
     *
     * @param set the parameter set
     * @param raw the encoded public key (rho || t1)
     * @param source where the key came from
     * @return the public key
     * @throws KeyException UNSUPPORTED_KEY when the length is not the parameter set's
     */
    public static MLDSAPublicKeyParameters publicKey(ParameterSet set, byte[] raw, String source) throws KeyException {
        if (raw.length != set.publicKeyBytes()) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": an " + set.algorithm().id()
                    + " public key must be exactly " + set.publicKeyBytes() + " bytes, got " + raw.length);
        }
        return new MLDSAPublicKeyParameters(set.parameters(), raw);
    }

    /**
     * The canonical SPKI of a public key.
     *
     * @param set its parameter set
     * @param key the key
     * @return the SPKI
     */
    public static SubjectPublicKeyInfo spki(ParameterSet set, MLDSAPublicKeyParameters key) {
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(set.oid()), key.getEncoded());
    }

    /**
     * Derives a private key from its 32-byte seed (ML-DSA.KeyGen_internal).
     *
     * @param set the parameter set
     * @param seed the seed
     * @param source where the seed came from
     * @return the private key, holding its seed and public key
     * @throws KeyException UNSUPPORTED_KEY when the seed is not 32 bytes
     */
    public static MLDSAPrivateKeyParameters fromSeed(ParameterSet set, byte[] seed, String source) throws KeyException {
        if (seed.length != SEED_BYTES) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": an " + set.algorithm().id()
                    + " private key seed must be exactly " + SEED_BYTES + " bytes, got " + seed.length);
        }
        return new MLDSAPrivateKeyParameters(set.parameters(), seed);
    }

    /**
     * Decodes an ML-DSA PKCS#8 key (seed, or seed with expanded key; a public key, when present,
     * must match).
     *
     * @param info the PrivateKeyInfo (its OID is one of the ML-DSA OIDs)
     * @param set that OID's parameter set
     * @param source where the key came from
     * @return the private key derived from the seed
     * @throws KeyException UNSUPPORTED_KEY or MALFORMED_PEM
     */
    public static MLDSAPrivateKeyParameters decodePrivate(PrivateKeyInfo info, ParameterSet set, String source)
            throws KeyException {
        String name = set.algorithm().id();
        if (info.getPrivateKeyAlgorithm().getParameters() != null) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": " + name
                    + " private key with algorithm parameters; RFC 9881 requires them to be absent");
        }
        ASN1Primitive choice;
        try {
            choice = ASN1Primitive.fromByteArray(info.getPrivateKey().getOctets());
        } catch (IOException | RuntimeException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": malformed " + name + " private key", e);
        }
        MLDSAPrivateKeyParameters key;
        try {
            if (choice instanceof ASN1TaggedObject tagged && tagged.hasContextTag(0)) {
                key = fromSeed(set, ASN1OctetString.getInstance(tagged, false).getOctets(), source);
            } else if (choice instanceof ASN1Sequence both && both.size() == 2) {
                key = fromSeed(set, ASN1OctetString.getInstance(both.getObjectAt(0)).getOctets(), source);
                byte[] expanded = ASN1OctetString.getInstance(both.getObjectAt(1)).getOctets();
                if (!Arrays.constantTimeAreEqual(expanded, key.getEncoded())) {
                    throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": the " + name
                            + " private key's expanded form does not match its seed");
                }
            } else if (choice instanceof ASN1OctetString) {
                throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": the " + name
                        + " private key holds only the expanded key; mlbom needs the seed form (RFC 9881)");
            } else {
                throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": malformed " + name + " private key");
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new KeyException(KeyException.Reason.MALFORMED_PEM, source + ": malformed " + name + " private key", e);
        }
        if (info.getPublicKeyData() != null
                && !Arrays.areEqual(info.getPublicKeyData().getOctets(), key.getPublicKey())) {
            throw new KeyException(KeyException.Reason.UNSUPPORTED_KEY, source + ": the " + name
                    + " private key file's public key does not match the private key");
        }
        return key;
    }

    /**
     * Encodes a private key as PKCS#8 in the seed-only form (version 0, no public key), which is
     * the smallest and the form other implementations (e.g. OpenSSL 3.5) read.
     *
     * @param set its parameter set
     * @param key a key holding its seed
     * @return the PrivateKeyInfo
     * @throws IOException when it cannot be encoded
     */
    public static PrivateKeyInfo encodePrivate(ParameterSet set, MLDSAPrivateKeyParameters key) throws IOException {
        byte[] seed = key.getSeed();
        if (seed == null) {
            throw new IllegalStateException("an ML-DSA private key without its seed cannot be written");
        }
        ASN1Encodable seedChoice = new DERTaggedObject(false, 0, new DEROctetString(seed));
        return new PrivateKeyInfo(new AlgorithmIdentifier(set.oid()), seedChoice);
    }
}
