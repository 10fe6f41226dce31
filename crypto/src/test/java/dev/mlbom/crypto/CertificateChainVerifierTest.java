package dev.mlbom.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.VerificationMaterial;
import dev.mlbom.testkeys.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trust through a root certificate: the chain that came with a signature, then the signature. */
class CertificateChainVerifierTest {

    private static final byte[] DATA = "DSSEv1 28 application/vnd.in-toto+json 2 {}".getBytes(StandardCharsets.UTF_8);

    private static KeyPairHandle leafKey;
    private static X509Certificate[] chain;
    private static byte[] signature;

    @BeforeAll
    static void issue() throws Exception {
        leafKey = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
        chain = TestCertificates.chain(leafKey.publicKey().spki(), "release signer");
        signature = leafKey.signer().sign(DATA).signature();
    }

    private static CertificateChainVerifier.Builder verifier() {
        return CertificateChainVerifier.builder().trustRoot(chain[1]).algorithm(SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    private static void assertRefused(CertificateChainVerifier verifier, VerificationMaterial material,
            InvalidSignatureException.Reason reason, String inMessage) {
        assertThatThrownBy(() -> verifier.verify(signature, DATA, material))
                .isInstanceOfSatisfying(InvalidSignatureException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(inMessage);
                });
    }

    @Test
    void aChainToTheRootVerifies() {
        assertThatCode(() -> verifier().build().verify(signature, DATA, VerificationMaterial.ofChain(List.of(chain))))
                .doesNotThrowAnyException();
        // the leaf alone is enough: the root is the trust anchor
        assertThatCode(() -> verifier().build().verify(signature, DATA, VerificationMaterial.ofChain(List.of(chain[0]))))
                .doesNotThrowAnyException();
    }

    @Test
    void theKeyIdNamesTheRootAndEveryHintIsTried() {
        CertificateChainVerifier verifier = verifier().build();
        assertThat(verifier.keyId()).startsWith("x509:").hasSize(5 + 64);
        assertThat(verifier.matchesKeyHint("anything")).isTrue();
        assertThat(verifier.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    @Test
    void noChainIsRefused() {
        assertRefused(verifier().build(), VerificationMaterial.NONE, InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED,
                "no certificate chain");
        assertThatThrownBy(() -> verifier().build().verify(signature, DATA))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void aChainToAnotherRootIsRefused() throws Exception {
        X509Certificate[] other = TestCertificates.chain(leafKey.publicKey().spki(), "release signer");
        CertificateChainVerifier verifier = CertificateChainVerifier.builder().trustRoot(other[1])
                .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256).build();
        assertRefused(verifier, VerificationMaterial.ofChain(List.of(chain)),
                InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED, "does not validate to a trusted root");
    }

    @Test
    void aLeafOutsideItsValidityIsRefused() throws Exception {
        Instant now = Instant.now();
        X509Certificate[] expired = TestCertificates.chain(leafKey.publicKey().spki(), "old",
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
        CertificateChainVerifier byExpiredRoot = CertificateChainVerifier.builder().trustRoot(expired[1])
                .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256).build();
        assertRefused(byExpiredRoot, VerificationMaterial.ofChain(List.of(expired)),
                InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED, "does not validate");
        // the same chain at a time inside its window verifies: the validation time is the clock's
        CertificateChainVerifier atTheTime = CertificateChainVerifier.builder().trustRoot(expired[1])
                .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256)
                .clock(Clock.fixed(now.minus(Duration.ofDays(10)), ZoneOffset.UTC)).build();
        assertThatCode(() -> atTheTime.verify(signature, DATA, VerificationMaterial.ofChain(List.of(expired))))
                .doesNotThrowAnyException();
        CertificateChainVerifier tooEarly = verifier().clock(Clock.fixed(now.minus(Duration.ofDays(2)), ZoneOffset.UTC))
                .build();
        assertRefused(tooEarly, VerificationMaterial.ofChain(List.of(chain)),
                InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED, "does not validate");
    }

    @Test
    void aChainOfOnlyTheRootIsRefused() {
        assertRefused(verifier().build(), VerificationMaterial.ofChain(List.of(chain[1])),
                InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED, "only a trusted root");
    }

    @Test
    void aRequiredExtendedKeyUsageMustBeThere() {
        CertificateChainVerifier codeSigning = verifier()
                .requireExtendedKeyUsage(CertificateChainVerifier.CODE_SIGNING).build();
        assertRefused(codeSigning, VerificationMaterial.ofChain(List.of(chain)),
                InvalidSignatureException.Reason.CERTIFICATE_UNTRUSTED, "extended key usage");
    }

    @Test
    void theVerifierFixesTheLeafAlgorithm() throws Exception {
        KeyPairHandle ed = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        X509Certificate[] edChain = TestCertificates.chain(ed.publicKey().spki(), "ed signer");
        CertificateChainVerifier verifier = CertificateChainVerifier.builder().trustRoot(edChain[1])
                .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256).build();
        byte[] edSignature = ed.signer().sign(DATA).signature();
        assertThatThrownBy(() -> verifier.verify(edSignature, DATA, VerificationMaterial.ofChain(List.of(edChain))))
                .isInstanceOfSatisfying(InvalidSignatureException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidSignatureException.Reason.ALGORITHM_MISMATCH));
    }

    @Test
    void aSignatureByAnotherKeyUnderAValidChainIsInvalid() throws Exception {
        byte[] other = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256).signer().sign(DATA).signature();
        assertThatThrownBy(() -> verifier().build().verify(other, DATA, VerificationMaterial.ofChain(List.of(chain))))
                .isInstanceOfSatisfying(InvalidSignatureException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSignatureException.Reason.SIGNATURE_INVALID));
        byte[] changed = DATA.clone();
        changed[0] ^= 1;
        assertThatThrownBy(() -> verifier().build().verify(signature, changed, VerificationMaterial.ofChain(List.of(chain))))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void aVerifierNeedsARootAndAnAlgorithm() {
        assertThatThrownBy(() -> CertificateChainVerifier.builder().algorithm(SignatureAlgorithm.ED25519).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("root");
        assertThatThrownBy(() -> CertificateChainVerifier.builder().trustRoot(chain[1]).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("algorithm");
    }
}
