package dev.mlbom.crypto;

import dev.mlbom.testkeys.TestCertificates;

import dev.mlbom.testkeys.TestKeys;

import static dev.mlbom.crypto.KeyHandlesTest.assertInvalid;
import static dev.mlbom.crypto.KeyHandlesTest.assertReason;
import static dev.mlbom.crypto.KeyHandlesTest.pem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.internal.MlDsa;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.util.io.pem.PemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ECDSA P-521 and ML-DSA-44/65/87 keys, and what the built-in crypto does with vendor algorithms. */
class NewAlgorithmsTest {

    private static final byte[] DATA = "provenance".getBytes(StandardCharsets.UTF_8);

    static List<SignatureAlgorithm> mlDsa() {
        return List.of(SignatureAlgorithm.ML_DSA_44, SignatureAlgorithm.ML_DSA_65, SignatureAlgorithm.ML_DSA_87);
    }

    private static final Map<SignatureAlgorithm, int[]> LENGTHS = Map.of(
            SignatureAlgorithm.ML_DSA_44, new int[] {1312, 2420, 17},
            SignatureAlgorithm.ML_DSA_65, new int[] {1952, 3309, 18},
            SignatureAlgorithm.ML_DSA_87, new int[] {2592, 4627, 19});

    @ParameterizedTest
    @MethodSource("mlDsa")
    void mlDsaKeysHaveFips204SizesAndRfc9881Encodings(SignatureAlgorithm algorithm) throws Exception {
        int[] lengths = LENGTHS.get(algorithm);
        KeyPairHandle key = TestKeys.get(algorithm);
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.publicKey().spki());
        assertThat(spki.getAlgorithm().getAlgorithm().getId()).isEqualTo("2.16.840.1.101.3.4.3." + lengths[2]);
        assertThat(spki.getAlgorithm().getParameters()).isNull();
        assertThat(spki.getPublicKeyData().getOctets()).hasSize(lengths[0]);
        assertThat(key.keyId()).isEqualTo(KeyIds.of(key.publicKey().spki()));

        byte[] sig = key.signer().sign(DATA).signature();
        assertThat(sig).hasSize(lengths[1]);
        key.publicKey().verifier().verify(sig, DATA);
        assertThat(key.signer().sign(DATA).signature()).as("hedged signing: a fresh rnd per signature").isNotEqualTo(sig);

        PrivateKeyInfo info = PrivateKeyInfo.getInstance(der(key.toPem()));
        assertThat(info.getVersion().intValueExact()).isZero();
        assertThat(info.getPrivateKeyAlgorithm().getParameters()).isNull();
        ASN1TaggedObject seed = (ASN1TaggedObject) info.parsePrivateKey();
        assertThat(seed.hasContextTag(0)).isTrue();
        assertThat(DEROctetString.getInstance(seed, false).getOctets()).hasSize(32);

        KeyPairHandle encrypted = KeyPairHandle.fromPem(key.toEncryptedPem("pw".toCharArray()), "pw".toCharArray());
        assertThat(encrypted.publicKey()).isEqualTo(key.publicKey());
        encrypted.publicKey().verifier().verify(encrypted.signer().sign(DATA).signature(), DATA);
    }

    @ParameterizedTest
    @MethodSource("mlDsa")
    void mlDsaSignaturesAndKeysOfTheWrongLengthAreRefused(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = TestKeys.get(algorithm);
        byte[] sig = key.signer().sign(DATA).signature();
        assertInvalid(() -> key.publicKey().verifier().verify(Arrays.copyOf(sig, sig.length - 1), DATA),
                InvalidSignatureException.Reason.MALFORMED);
        assertInvalid(() -> key.publicKey().verifier().verify(Arrays.copyOf(sig, sig.length + 1), DATA),
                InvalidSignatureException.Reason.MALFORMED);
        byte[] flipped = sig.clone();
        flipped[100] ^= 1;
        assertInvalid(() -> key.publicKey().verifier().verify(flipped, DATA),
                InvalidSignatureException.Reason.SIGNATURE_INVALID);

        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.publicKey().spki());
        byte[] raw = spki.getPublicKeyData().getOctets();
        for (byte[] wrong : List.of(Arrays.copyOf(raw, raw.length - 1), Arrays.copyOf(raw, raw.length + 1))) {
            byte[] der = new SubjectPublicKeyInfo(spki.getAlgorithm(), wrong).getEncoded(ASN1Encoding.DER);
            KeyException e = assertReason(() -> PublicKeyHandle.fromSpki(der), KeyException.Reason.UNSUPPORTED_KEY);
            assertThat(e.getMessage()).contains("exactly " + raw.length + " bytes");
        }
        byte[] withNull = new SubjectPublicKeyInfo(new AlgorithmIdentifier(spki.getAlgorithm().getAlgorithm(),
                DERNull.INSTANCE), raw).getEncoded(ASN1Encoding.DER);
        assertReason(() -> PublicKeyHandle.fromSpki(withNull), KeyException.Reason.UNSUPPORTED_KEY);
    }

    @Test
    void mlDsaPrivateKeysAreReadInTheSeedAndBothFormsButNotExpandedOnly() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ML_DSA_65);
        PrivateKeyInfo seedOnly = PrivateKeyInfo.getInstance(der(key.toPem()));
        byte[] seed = DEROctetString.getInstance((ASN1TaggedObject) seedOnly.parsePrivateKey(), false).getOctets();
        MLDSAPrivateKeyParameters params = MlDsa.fromSeed(MlDsa.of(SignatureAlgorithm.ML_DSA_65).orElseThrow(), seed,
                "test");
        AlgorithmIdentifier alg = seedOnly.getPrivateKeyAlgorithm();

        PrivateKeyInfo both = new PrivateKeyInfo(alg,
                new DERSequence(new DEROctetString[] {new DEROctetString(seed), new DEROctetString(params.getEncoded())}));
        assertThat(KeyPairHandle.fromPem(pem("PRIVATE KEY", both.getEncoded())).publicKey()).isEqualTo(key.publicKey());

        byte[] otherExpanded = MlDsa.fromSeed(MlDsa.of(SignatureAlgorithm.ML_DSA_65).orElseThrow(), new byte[32], "t")
                .getEncoded();
        PrivateKeyInfo mismatch = new PrivateKeyInfo(alg,
                new DERSequence(new DEROctetString[] {new DEROctetString(seed), new DEROctetString(otherExpanded)}));
        assertReason(() -> KeyPairHandle.fromPem(pem("PRIVATE KEY", mismatch.getEncoded())),
                KeyException.Reason.UNSUPPORTED_KEY);

        PrivateKeyInfo expandedOnly = new PrivateKeyInfo(alg, new DEROctetString(params.getEncoded()));
        KeyException e = assertReason(() -> KeyPairHandle.fromPem(pem("PRIVATE KEY", expandedOnly.getEncoded())),
                KeyException.Reason.UNSUPPORTED_KEY);
        assertThat(e.getMessage()).contains("seed");

        PrivateKeyInfo shortSeed = new PrivateKeyInfo(alg,
                new org.bouncycastle.asn1.DERTaggedObject(false, 0, new DEROctetString(new byte[31])));
        assertReason(() -> KeyPairHandle.fromPem(pem("PRIVATE KEY", shortSeed.getEncoded())),
                KeyException.Reason.UNSUPPORTED_KEY);
    }

    @Test
    void p521KeysSignDerAndRoundTrip() throws Exception {
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ECDSA_P521_SHA512);
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P521_SHA512);
        byte[] sig = key.signer().sign(DATA).signature();
        assertThat(sig[0]).isEqualTo((byte) 0x30);
        assertThat(sig.length).isBetween(8, 139);
        assertThat(key.signer().sign(DATA).signature()).as("RFC 6979").isEqualTo(sig);
        KeyPairHandle.fromPem(key.toEncryptedPem("pw".toCharArray()), "pw".toCharArray()).publicKey().verifier()
                .verify(sig, DATA);
        assertReason(() -> TestKeys.get(SignatureAlgorithm.ECDSA_P384_SHA384).publicKey()
                .verifier(SignatureAlgorithm.ECDSA_P521_SHA512), KeyException.Reason.ALGORITHM_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("certificateAlgorithms")
    void certificatesCarryP521AndMlDsaKeys(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = TestKeys.get(algorithm);
        java.security.cert.X509Certificate[] chain = TestCertificates.chain(key.publicKey().spki(), "leaf");
        List<java.security.cert.X509Certificate> read = Certificates.fromPem(Certificates.toPem(List.of(chain)));
        PublicKeyHandle fromCertificate = PublicKeyHandle.fromCertificate(read.get(0));
        assertThat(fromCertificate).isEqualTo(key.publicKey());
        assertThat(fromCertificate.algorithm()).isEqualTo(algorithm);
        fromCertificate.verifier(algorithm).verify(key.signer().sign(DATA).signature(), DATA);
    }

    static List<SignatureAlgorithm> certificateAlgorithms() {
        return List.of(SignatureAlgorithm.ECDSA_P521_SHA512, SignatureAlgorithm.ML_DSA_44, SignatureAlgorithm.ML_DSA_65,
                SignatureAlgorithm.ML_DSA_87);
    }

    @Test
    void vendorAlgorithmsAreRefusedByTheBuiltInCryptoWithAReason() {
        SignatureAlgorithm vendor = SignatureAlgorithm.of("acme-hsm-sig1");
        KeyPairHandle key = TestKeys.get(SignatureAlgorithm.ED25519);
        KeyException e = assertReason(() -> key.publicKey().verifier(vendor), KeyException.Reason.UNSUPPORTED_ALGORITHM);
        assertThat(e.getMessage()).contains("acme-hsm-sig1").contains("vendor");
        assertReason(() -> key.signer(vendor), KeyException.Reason.UNSUPPORTED_ALGORITHM);
        assertReason(() -> key.publicKey().requireAlgorithm(vendor), KeyException.Reason.UNSUPPORTED_ALGORITHM);
        assertThatThrownBy(() -> KeyPairHandle.generate(vendor)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme-hsm-sig1");
    }

    private static byte[] der(String pemText) throws Exception {
        try (PemReader reader = new PemReader(new java.io.StringReader(pemText))) {
            return reader.readPemObject().getContent();
        }
    }
}
