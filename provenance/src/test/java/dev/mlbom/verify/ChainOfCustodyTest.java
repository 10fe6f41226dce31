package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy option that requires every ancestor's envelope to be present and verified. */
class ChainOfCustodyTest {

    @TempDir
    Path temp;
    private KeyPairHandle key;
    private ProvenanceSigner signer;
    private Path ancestors;
    private SignedProvenance base;

    @BeforeEach
    void signBase() throws Exception {
        key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        signer = ProvenanceSigner.builder().signer(key.signer()).build();
        ancestors = Files.createDirectories(temp.resolve("ancestors"));
        Path baseModel = Fixtures.model(temp, "base");
        base = signer.sign(Fixtures.manifest("acme/base", "1.0"), baseModel,
                ancestors.resolve("base.mlbom.json"));
    }

    private Policy policy() {
        return Policy.builder().trust(key.publicKey().verifier()).requireVerifiedAncestors(ancestors).build();
    }

    @Test
    void aChildWhoseAncestorsVerifyPasses() throws Exception {
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0",
                base.manifestId().value()), tuned, ancestors.resolve("tuned.mlbom.json"));
        Path adapter = Fixtures.model(temp, "adapter");
        signer.sign(Fixtures.child("acme/adapter", "1.0", LineageRelation.ADAPTER, "acme/tuned", "1.0", null), adapter);

        VerifiedProvenance verified = Verifier.verify(adapter, policy());
        assertThat(verified.report().result(CheckName.LINEAGE).orElseThrow().message())
                .contains("2 ancestor(s) verified");
    }

    @Test
    void aMissingAncestorIsRefused() throws Exception {
        Path adapter = Fixtures.model(temp, "adapter");
        signer.sign(Fixtures.child("acme/adapter", "1.0", LineageRelation.ADAPTER, "acme/unknown", "3.1", null), adapter);
        assertThatThrownBy(() -> Verifier.verify(adapter, policy()))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VerificationException.Reason.LINEAGE_INCOMPLETE);
                    assertThat(e.getMessage()).contains("acme/unknown@3.1").contains("has no envelope");
                });
    }

    @Test
    void aForgedParentIdIsRefused() throws Exception {
        Path tuned = Fixtures.model(temp, "tuned");
        String forged = "sha256:" + "ab".repeat(32);
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0", forged), tuned);
        assertThatThrownBy(() -> Verifier.verify(tuned, policy()))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VerificationException.Reason.LINEAGE_INCOMPLETE);
                    assertThat(e.getMessage()).contains("forged");
                });
    }

    @Test
    void anAncestorSignedByAnUntrustedKeyIsRefused() throws Exception {
        KeyPairHandle stranger = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        ProvenanceSigner.builder().signer(stranger.signer()).build().sign(Fixtures.manifest("acme/base", "1.0"),
                Fixtures.model(temp, "base2"), ancestors.resolve("base.mlbom.json"));
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0", null), tuned);
        assertThatThrownBy(() -> Verifier.verify(tuned, policy()))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VerificationException.Reason.LINEAGE_INCOMPLETE);
                    assertThat(e.getMessage()).contains("UNTRUSTED_KEY");
                });
    }
}
