package dev.mlbom.testkeys;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues throwaway X.509 certificates for tests: a P-256 CA made per call signs a certificate
 * for any public key. Test-only; stateless and thread-safe.
 */
public final class TestCertificates {

    private TestCertificates() {
    }

    /**
     * A CA certificate followed by a leaf certificate for the given public key.
     *
     * @param subjectSpki the leaf's public key (SPKI DER)
     * @param commonName the leaf's CN
     * @return {leaf, ca}
     * @throws Exception when anything fails
     */
    public static X509Certificate[] chain(byte[] subjectSpki, String commonName) throws Exception {
        Instant now = Instant.now();
        return chain(subjectSpki, commonName, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
    }

    /**
     * A CA certificate followed by a leaf certificate valid in a given window (the CA is valid
     * from a year before to a year after).
     *
     * @param subjectSpki the leaf's public key (SPKI DER)
     * @param commonName the leaf's CN
     * @param notBefore the leaf's first valid instant
     * @param notAfter the leaf's last valid instant
     * @return {leaf, ca}
     * @throws Exception when anything fails
     */
    public static X509Certificate[] chain(byte[] subjectSpki, String commonName, Instant notBefore, Instant notAfter)
            throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ca = generator.generateKeyPair();
        X500Name caName = new X500Name("CN=mlbom test CA");
        Instant now = Instant.now();
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate());
        byte[] caDer = new X509v3CertificateBuilder(caName, BigInteger.ONE, Date.from(now.minus(Duration.ofDays(365))),
                Date.from(now.plus(Duration.ofDays(365))), caName,
                SubjectPublicKeyInfo.getInstance(ca.getPublic().getEncoded())).build(signer).getEncoded();
        byte[] leafDer = new X509v3CertificateBuilder(caName, BigInteger.TWO, Date.from(notBefore),
                Date.from(notAfter), new X500Name("CN=" + commonName),
                SubjectPublicKeyInfo.getInstance(subjectSpki)).build(signer).getEncoded();
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        return new X509Certificate[] {
            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(leafDer)),
            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(caDer))
        };
    }
}
