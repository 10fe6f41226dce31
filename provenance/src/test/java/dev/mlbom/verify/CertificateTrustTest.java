package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.CertificateChainVerifier;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureResult;
import dev.mlbom.spi.Signer;
import dev.mlbom.spi.SigningException;
import dev.mlbom.spi.VerificationMaterial;
import dev.mlbom.testkeys.TestCertificates;
import dev.mlbom.verify.VerificationException.Reason;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signer whose key is certified by a CA, and a policy that trusts the CA rather than the key:
 * the signer's result carries the chain, the verifier validates it.
 */
class CertificateTrustTest {

    @TempDir
    Path temp;

    @Test
    void aModelSignedUnderATrustedRootVerifiesWithItsChain() throws Exception {
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
        X509Certificate[] chain = TestCertificates.chain(key.publicKey().spki(), "release");
        Signer certified = new Signer() {
            @Override
            public String keyId() {
                return key.keyId();
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return key.algorithm();
            }

            @Override
            public SignatureResult sign(byte[] data) throws SigningException {
                return SignatureResult.builder(key.signer().sign(data).signature()).certificateChain(List.of(chain))
                        .keyHint("release-2026").build();
            }
        };
        Path model = Fixtures.model(temp, "bot");
        SignedProvenance signed = ProvenanceSigner.builder().signer(certified).build()
                .sign(Fixtures.manifest("acme/bot", "1.0.0"), model);
        assertThat(signed.signerResults()).singleElement()
                .satisfies(r -> assertThat(r.certificateChain()).containsExactly(chain));
        assertThat(signed.envelope().signatures().get(0).keyid()).isEqualTo("release-2026");

        Policy byRoot = Policy.builder().trust(CertificateChainVerifier.builder().trustRoot(chain[1])
                .algorithm(SignatureAlgorithm.ECDSA_P256_SHA256).build()).build();
        Verifier verifier = Verifier.builder().policy(byRoot).build();
        VerificationMaterial material = VerificationMaterial.ofChain(signed.signerResults().get(0).certificateChain());
        VerifiedProvenance verified = verifier.verify(ModelFiles.of(model),
                EnvelopeSource.besideModel(model).withMaterial(material));
        assertThat(verified.signerKeyIds()).singleElement().asString().startsWith("x509:");

        assertThatThrownBy(() -> verifier.verify(model))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_KEY);
                    assertThat(e.getMessage()).contains("no certificate chain");
                });
        X509Certificate[] foreign = TestCertificates.chain(key.publicKey().spki(), "release");
        assertThatThrownBy(() -> verifier.verify(ModelFiles.of(model), EnvelopeSource.besideModel(model)
                .withMaterial(VerificationMaterial.ofChain(List.of(foreign)))))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_KEY));
    }
}
