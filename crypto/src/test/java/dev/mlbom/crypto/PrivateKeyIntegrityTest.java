package dev.mlbom.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * Redundant data in a private key file is an integrity check: an embedded public key or RSA CRT
 * values that disagree with the private value mean the file is damaged, and it is refused.
 */
class PrivateKeyIntegrityTest {

    private static String pem(byte[] der) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void anEcKeyWhoseEmbeddedPublicKeyWasChangedIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        byte[] der = pair.getPrivate().getEncoded(); // BouncyCastle embeds the public key (SEC 1)
        assertThat(KeyPairHandle.fromPem(pem(der)).publicKey().spki()).isEqualTo(pair.getPublic().getEncoded());

        byte[] damaged = der.clone();
        damaged[damaged.length - 1] ^= 0x01; // the last byte of the embedded public point
        assertThatThrownBy(() -> KeyPairHandle.fromPem(pem(damaged)))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.reason()).isIn(KeyException.Reason.MALFORMED_PEM, KeyException.Reason.UNSUPPORTED_KEY);
                    assertThat(e.getMessage()).contains("damaged");
                });
    }

    @Test
    void anRsaKeyWhoseCrtValuesDisagreeIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        assertThat(KeyPairHandle.fromPem(pem(key.getEncoded())).algorithm().id()).isEqualTo("rsa-pss-sha256");

        RSAPrivateKey wrongQInv = new RSAPrivateKey(key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(),
                key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(), key.getPrimeExponentQ(),
                key.getCrtCoefficient().add(BigInteger.ONE));
        byte[] der = new PrivateKeyInfo(PrivateKeyInfo.getInstance(key.getEncoded()).getPrivateKeyAlgorithm(),
                wrongQInv).getEncoded();
        assertThatThrownBy(() -> KeyPairHandle.fromPem(pem(der)))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.reason()).isEqualTo(KeyException.Reason.MALFORMED_PEM);
                    assertThat(e.getMessage()).contains("do not fit together");
                });
    }

    @Test
    void anRsaKeyWithAnEvenExponentIsRefusedWithAReason() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        RSAPrivateKey even = new RSAPrivateKey(key.getModulus(), BigInteger.valueOf(65_536), key.getPrivateExponent(),
                key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(), key.getPrimeExponentQ(),
                key.getCrtCoefficient());
        byte[] der = new PrivateKeyInfo(PrivateKeyInfo.getInstance(key.getEncoded()).getPrivateKeyAlgorithm(), even)
                .getEncoded();
        // found by fuzzing: BouncyCastle's IllegalArgumentException escaped unchecked
        assertThatThrownBy(() -> KeyPairHandle.fromPem(pem(der)))
                .isInstanceOfSatisfying(KeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.MALFORMED_PEM));
    }
}
