package dev.mlbom.crypto;

import dev.mlbom.testkeys.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.internal.EcdsaSignatures;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.spi.Signer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed448KeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.Ed448KeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KeyHandlesTest {

    static KeyPairHandle key(SignatureAlgorithm algorithm) {
        return TestKeys.get(algorithm);
    }

    private static final byte[] DATA = "the data".getBytes(StandardCharsets.UTF_8);

    static java.util.List<SignatureAlgorithm> algorithms() {
        return SignatureAlgorithm.knownAlgorithms();
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void generatedKeysSignVerifyAndRoundTripThroughPem(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = key(algorithm);
        assertThat(key.algorithm()).isEqualTo(algorithm);
        assertThat(key.keyId()).isEqualTo(KeyIds.of(key.publicKey().spki())).hasSize(64).matches("[0-9a-f]+");
        byte[] sig = key.signer().sign(DATA).signature();
        key.publicKey().verifier().verify(sig, DATA);

        KeyPairHandle again = KeyPairHandle.fromPem(key.toPem());
        assertThat(again.keyId()).isEqualTo(key.keyId());
        assertThat(again.publicKey()).isEqualTo(key.publicKey());
        again.publicKey().verifier().verify(again.signer().sign(DATA).signature(), DATA);

        PublicKeyHandle pub = PublicKeyHandle.fromPem(key.publicKey().toPem());
        assertThat(pub).isEqualTo(key.publicKey()).hasSameHashCodeAs(key.publicKey());
        assertThat(pub.algorithm()).isEqualTo(algorithm);
        pub.verifier().verify(sig, DATA);
        assertThat(PublicKeyHandle.fromSpki(pub.spki())).isEqualTo(pub);
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void keyFixesTheAlgorithm(SignatureAlgorithm algorithm) throws Exception {
        KeyPairHandle key = key(algorithm);
        assertThat(key.signer().algorithm()).isEqualTo(algorithm);
        assertThat(key.publicKey().verifier().algorithm()).isEqualTo(algorithm);
        assertThat(key.signer(algorithm).keyId()).isEqualTo(key.keyId());
        for (SignatureAlgorithm other : SignatureAlgorithm.knownAlgorithms()) {
            if (other != algorithm) {
                assertReason(() -> key.publicKey().verifier(other), KeyException.Reason.ALGORITHM_MISMATCH);
                assertReason(() -> key.signer(other), KeyException.Reason.ALGORITHM_MISMATCH);
            }
        }
    }

    @Test
    void rsaKeyGenerationMakes3072BitKeys() throws Exception {
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.RSA_PSS_SHA256);
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.RSA_PSS_SHA256);
        assertThat(key.signer().sign(DATA).signature()).hasSize(384);
    }

    @Test
    void aP256SignatureDoesNotVerifyWithAP384Key() throws Exception {
        byte[] sig = key(SignatureAlgorithm.ECDSA_P256_SHA256).signer().sign(DATA).signature();
        assertThatThrownBy(() -> key(SignatureAlgorithm.ECDSA_P384_SHA384).publicKey().verifier().verify(sig, DATA))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void encryptedPemRoundTripsAndChecksThePassword() throws Exception {
        KeyPairHandle key = key(SignatureAlgorithm.ECDSA_P256_SHA256);
        char[] password = "correct horse".toCharArray();
        String pem = key.toEncryptedPem(password);
        assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(KeyPairHandle.fromPem(pem, password).keyId()).isEqualTo(key.keyId());

        KeyException wrong = assertReason(() -> KeyPairHandle.fromPem(pem, "wrong horse".toCharArray()),
                KeyException.Reason.WRONG_PASSWORD);
        assertThat(wrong.getMessage()).doesNotContain("horse").contains("password");
        assertReason(() -> KeyPairHandle.fromPem(pem), KeyException.Reason.PASSWORD_REQUIRED);
        assertThatThrownBy(() -> key.toEncryptedPem(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ed25519KeysAreWrittenAsPkcs8V1AndV2KeysAreStillRead() throws Exception {
        KeyPairHandle key = key(SignatureAlgorithm.ED25519);
        byte[] der = new org.bouncycastle.util.io.pem.PemReader(new java.io.StringReader(key.toPem())).readPemObject()
                .getContent();
        org.bouncycastle.asn1.pkcs.PrivateKeyInfo v1 = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(der);
        assertThat(v1.getVersion().intValueExact()).isZero();
        assertThat(v1.getPublicKeyData()).isNull();

        var params = (org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters)
                org.bouncycastle.crypto.util.PrivateKeyFactory.createKey(v1);
        org.bouncycastle.asn1.pkcs.PrivateKeyInfo v2 = PrivateKeyInfoFactory.createPrivateKeyInfo(params);
        assertThat(v2.getVersion().intValueExact()).isEqualTo(1);
        assertThat(v2.getPublicKeyData()).isNotNull();
        java.io.StringWriter out = new java.io.StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject("PRIVATE KEY", v2.getEncoded(ASN1Encoding.DER)));
        }
        assertThat(KeyPairHandle.fromPem(out.toString()).publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void encryptedPemUsesPbes2WithPbkdf2HmacSha256AndAes256Cbc() throws Exception {
        String pem = key(SignatureAlgorithm.ED25519).toEncryptedPem("pw".toCharArray());
        var info = new org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo(
                new org.bouncycastle.util.io.pem.PemReader(new java.io.StringReader(pem)).readPemObject().getContent());
        var alg = info.getEncryptionAlgorithm();
        assertThat(alg.getAlgorithm()).isEqualTo(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_PBES2);
        var pbes2 = org.bouncycastle.asn1.pkcs.PBES2Parameters.getInstance(alg.getParameters());
        assertThat(pbes2.getEncryptionScheme().getAlgorithm())
                .isEqualTo(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_aes256_CBC);
        var kdf = org.bouncycastle.asn1.pkcs.PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        assertThat(kdf.getPrf().getAlgorithm()).isEqualTo(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_hmacWithSHA256);
        assertThat(kdf.getIterationCount().intValue()).isEqualTo(600_000);
    }

    @Test
    void rsaKeysUnder3072BitsAreWeak() throws Exception {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), new java.security.SecureRandom(), 2048, 64));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        String publicPem = pem("PUBLIC KEY",
                SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair.getPublic()).getEncoded(ASN1Encoding.DER));
        String privatePem = pem("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate()).getEncoded());
        KeyException e = assertReason(() -> PublicKeyHandle.fromPem(publicPem), KeyException.Reason.WEAK_KEY);
        assertThat(e.getMessage()).contains("2048").contains("3072");
        assertReason(() -> KeyPairHandle.fromPem(privatePem), KeyException.Reason.WEAK_KEY);
        assertThatThrownBy(() -> KeyPairHandle.generateRsa(2048)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherCurvesAndKeyTypesAreUnsupported() throws Exception {
        var k1 = SECObjectIdentifiers.secp256k1;
        ECKeyPairGenerator ec = new ECKeyPairGenerator();
        ec.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(k1, ECNamedCurveTable.getByOID(k1)),
                new java.security.SecureRandom()));
        AsymmetricCipherKeyPair secp256k1 = ec.generateKeyPair();
        assertReason(() -> PublicKeyHandle.fromSpki(
                SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(secp256k1.getPublic()).getEncoded()),
                KeyException.Reason.UNSUPPORTED_KEY);
        assertReason(() -> KeyPairHandle.fromPem(pem("PRIVATE KEY",
                PrivateKeyInfoFactory.createPrivateKeyInfo(secp256k1.getPrivate()).getEncoded())),
                KeyException.Reason.UNSUPPORTED_KEY);

        // P-256 with explicit domain parameters instead of the named curve
        X9ECParameters p256 = ECNamedCurveTable.getByOID(SECObjectIdentifiers.secp256r1);
        ECKeyPairGenerator explicit = new ECKeyPairGenerator();
        explicit.init(new ECKeyGenerationParameters(new ECDomainParameters(p256), new java.security.SecureRandom()));
        AsymmetricCipherKeyPair unnamed = explicit.generateKeyPair();
        assertReason(() -> PublicKeyHandle.fromSpki(
                SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(unnamed.getPublic()).getEncoded()),
                KeyException.Reason.UNSUPPORTED_KEY);

        Ed448KeyPairGenerator ed448 = new Ed448KeyPairGenerator();
        ed448.init(new Ed448KeyGenerationParameters(new java.security.SecureRandom()));
        AsymmetricCipherKeyPair pair448 = ed448.generateKeyPair();
        assertReason(() -> PublicKeyHandle.fromSpki(
                SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pair448.getPublic()).getEncoded()),
                KeyException.Reason.UNSUPPORTED_KEY);
    }

    @Test
    void malformedPemIsRejected() throws Exception {
        String good = key(SignatureAlgorithm.ED25519).publicKey().toPem();
        assertReason(() -> PublicKeyHandle.fromPem("not pem at all"), KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> PublicKeyHandle.fromPem(good + good), KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> PublicKeyHandle.fromPem(good.replace("PUBLIC KEY", "PRIVATE KEY")),
                KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> PublicKeyHandle.fromPem(pem("PUBLIC KEY", new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})),
                KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> KeyPairHandle.fromPem(good), KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> KeyPairHandle.fromPem("-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n"),
                KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> Certificates.fromPem(good), KeyException.Reason.MALFORMED_PEM);
        assertReason(() -> Certificates.fromPem(""), KeyException.Reason.MALFORMED_PEM);
    }

    @Test
    void berEncodedSpkiIsRejected() throws Exception {
        byte[] der = key(SignatureAlgorithm.ED25519).publicKey().spki();
        // same structure with a long-form outer length: valid BER, not DER
        byte[] ber = new byte[der.length + 1];
        ber[0] = 0x30;
        ber[1] = (byte) 0x81;
        System.arraycopy(der, 1, ber, 2, der.length - 1);
        assertReason(() -> PublicKeyHandle.fromSpki(ber), KeyException.Reason.MALFORMED_PEM);
        byte[] trailing = Arrays.copyOf(der, der.length + 1);
        assertReason(() -> PublicKeyHandle.fromSpki(trailing), KeyException.Reason.MALFORMED_PEM);
    }

    @Test
    void anEcPointOffTheCurveIsRejected() throws Exception {
        byte[] spki = key(SignatureAlgorithm.ECDSA_P256_SHA256).publicKey().spki();
        spki[spki.length - 1] ^= 1; // y no longer matches x
        assertReason(() -> PublicKeyHandle.fromSpki(spki), KeyException.Reason.UNSUPPORTED_KEY);
    }

    @Test
    void toStringNeverShowsKeyMaterial() {
        KeyPairHandle key = key(SignatureAlgorithm.ED25519);
        String body = key.toPem().split("\n")[1];
        assertThat(key.toString()).doesNotContain(body).contains(key.keyId());
        assertThat(key.signer().toString()).doesNotContain(body);
    }

    @Test
    void ecdsaSignaturesAreStrictDer() throws Exception {
        KeyPairHandle key = key(SignatureAlgorithm.ECDSA_P256_SHA256);
        SignatureVerifier verifier = key.publicKey().verifier();
        byte[] sig = key.signer().sign(DATA).signature();
        verifier.verify(sig, DATA);

        byte[] trailing = Arrays.copyOf(sig, sig.length + 1);
        assertInvalid(() -> verifier.verify(trailing, DATA), InvalidSignatureException.Reason.MALFORMED);

        BigInteger[] rs = EcdsaSignatures.decodeDer(sig, 33);
        byte[] p1363 = EcdsaSignatures.encodeP1363(rs[0], rs[1], 32);
        assertInvalid(() -> verifier.verify(p1363, DATA), InvalidSignatureException.Reason.MALFORMED);

        // a superfluous leading zero on r
        byte[] r = rs[0].toByteArray();
        byte[] paddedR = new byte[r.length + 1];
        System.arraycopy(r, 0, paddedR, 1, r.length);
        byte[] s = rs[1].toByteArray();
        byte[] padded = der(paddedR, s);
        assertInvalid(() -> verifier.verify(padded, DATA), InvalidSignatureException.Reason.MALFORMED);

        // a negative s (missing leading zero)
        if ((s[0] == 0) && s.length > 1) {
            byte[] negative = der(r, Arrays.copyOfRange(s, 1, s.length));
            assertInvalid(() -> verifier.verify(negative, DATA), InvalidSignatureException.Reason.MALFORMED);
        }
        assertInvalid(() -> verifier.verify(new byte[0], DATA), InvalidSignatureException.Reason.MALFORMED);
    }

    @Test
    void ecdsaMalleabilityIsAcceptedAsDocumented() throws Exception {
        KeyPairHandle key = key(SignatureAlgorithm.ECDSA_P384_SHA384);
        byte[] sig = key.signer().sign(DATA).signature();
        BigInteger[] rs = EcdsaSignatures.decodeDer(sig, 49);
        BigInteger n = ECNamedCurveTable.getByOID(SECObjectIdentifiers.secp384r1).getN();
        byte[] flipped = EcdsaSignatures.encodeDer(rs[0], n.subtract(rs[1]));
        assertThat(flipped).isNotEqualTo(sig);
        assertThatCode(() -> key.publicKey().verifier().verify(flipped, DATA)).doesNotThrowAnyException();
        byte[] sPlusN = EcdsaSignatures.encodeDer(rs[0], rs[1].add(n));
        assertThatThrownBy(() -> key.publicKey().verifier().verify(sPlusN, DATA))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void ecdsaSigningIsDeterministic() throws Exception {
        Signer signer = key(SignatureAlgorithm.ECDSA_P256_SHA256).signer();
        assertThat(signer.sign(DATA).signature()).isEqualTo(signer.sign(DATA).signature());
    }

    @Test
    void ed25519SignaturesAreExactly64BytesAndCanonical() throws Exception {
        KeyPairHandle key = key(SignatureAlgorithm.ED25519);
        byte[] sig = key.signer().sign(DATA).signature();
        assertThat(sig).hasSize(64);
        SignatureVerifier verifier = key.publicKey().verifier();
        assertInvalid(() -> verifier.verify(Arrays.copyOf(sig, 63), DATA), InvalidSignatureException.Reason.MALFORMED);
        assertInvalid(() -> verifier.verify(Arrays.copyOf(sig, 65), DATA), InvalidSignatureException.Reason.MALFORMED);
        // S + L (group order) is the same scalar mod L but not canonical
        BigInteger l = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
        byte[] sLe = Arrays.copyOfRange(sig, 32, 64);
        BigInteger sValue = new BigInteger(1, reverse(sLe)).add(l);
        byte[] big = reverse(toFixed(sValue, 32));
        byte[] nonCanonical = Arrays.copyOf(sig, 64);
        System.arraycopy(big, 0, nonCanonical, 32, 32);
        assertInvalid(() -> verifier.verify(nonCanonical, DATA), InvalidSignatureException.Reason.SIGNATURE_INVALID);
    }

    @Test
    void rsaPssSignaturesHaveTheModulusLength() throws Exception {
        KeyPairHandle key = key(SignatureAlgorithm.RSA_PSS_SHA256);
        byte[] sig = key.signer().sign(DATA).signature();
        assertThat(sig).hasSize(384);
        assertThat(key.signer().sign(DATA).signature()).isNotEqualTo(sig); // random salt
        byte[] longer = new byte[385];
        System.arraycopy(sig, 0, longer, 1, 384);
        assertInvalid(() -> key.publicKey().verifier().verify(longer, DATA), InvalidSignatureException.Reason.MALFORMED);
    }

    private static byte[] der(byte[] r, byte[] s) {
        byte[] out = new byte[6 + r.length + s.length];
        out[0] = 0x30;
        out[1] = (byte) (4 + r.length + s.length);
        out[2] = 0x02;
        out[3] = (byte) r.length;
        System.arraycopy(r, 0, out, 4, r.length);
        out[4 + r.length] = 0x02;
        out[5 + r.length] = (byte) s.length;
        System.arraycopy(s, 0, out, 6 + r.length, s.length);
        return out;
    }

    private static byte[] reverse(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[b.length - 1 - i];
        }
        return out;
    }

    private static byte[] toFixed(BigInteger v, int len) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[len];
        int copy = Math.min(b.length, len);
        System.arraycopy(b, b.length - copy, out, len - copy, copy);
        return out;
    }

    static String pem(String type, byte[] der) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }

    static KeyException assertReason(ThrowingCallable call, KeyException.Reason reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(KeyException.class);
        KeyException e = (KeyException) thrown;
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        return e;
    }

    static void assertInvalid(ThrowingCallable call, InvalidSignatureException.Reason reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidSignatureException.class);
        assertThat(((InvalidSignatureException) thrown).reason()).as(thrown.getMessage()).isEqualTo(reason);
    }

    static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
