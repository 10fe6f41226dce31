package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.spi.InvalidSignatureException;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.spi.SignatureVerifier;
import dev.mlbom.verify.VerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key ids in policies (issue 17, findings 1, 4 and 7): revocations in any spelling people paste
 * take effect or are refused, never ignored; one key trusted twice counts once; a signature flood
 * is refused before any signature is checked.
 */
class PolicyKeyIdsTest {

    @TempDir
    Path temp;

    private KeyPairHandle key;
    private Path model;

    @BeforeEach
    void sign() throws Exception {
        key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        model = Fixtures.model(temp, "bot");
        ProvenanceSigner.builder().signer(key.signer()).build().sign(Fixtures.manifest("acme/bot", "2.3.0"), model);
    }

    @Test
    void aRevocationInAnyPastedSpellingRevokes() {
        for (String spelling : new String[] {key.keyId(), key.keyId().toUpperCase(Locale.ROOT),
            "sha256:" + key.keyId(), "SHA256:" + key.keyId().toUpperCase(Locale.ROOT)}) {
            Policy policy = Policy.builder().trust(key.publicKey().verifier()).revoke(spelling).build();
            assertThatThrownBy(() -> Verifier.verify(model, policy)).as(spelling)
                    .isInstanceOfSatisfying(VerificationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.KEY_REVOKED));
        }
    }

    @Test
    void aShortenedOrSpacedIdIsRefusedNotIgnored() {
        assertThatThrownBy(() -> Policy.builder().revoke(key.keyId().substring(0, 16)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shortened");
        assertThatThrownBy(() -> Policy.builder().revoke(key.keyId() + " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Policy.builder().revoke("3f2a...e9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Policy.builder().revoke("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRevocationThatNamesNoTrustedKeyDoesNotBuild() {
        String stranger = KeyPairHandle.generate(SignatureAlgorithm.ED25519).keyId();
        assertThatThrownBy(() -> Policy.builder().trust(key.publicKey().verifier()).revoke(stranger).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not among the trusted keys");
    }

    @Test
    void revokingTheOnlyKeyLoadsAndRefusesAsRevoked() throws Exception {
        Path policyFile = temp.resolve("policy.yaml");
        Path pub = temp.resolve("release.pub");
        dev.mlbom.crypto.KeyFiles.writePublicKey(pub, key.publicKey());
        Files.writeString(policyFile, "trustedKeys:\n  - publicKey: release.pub\nrevokedKeys:\n  - \"SHA256:"
                + key.keyId().toUpperCase(Locale.ROOT) + "\"\n");
        Policy policy = PolicyFile.load(policyFile);
        assertThatThrownBy(() -> Verifier.verify(model, policy))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEY_REVOKED));
    }

    @Test
    void theSameKeyTrustedUnderTwoIdsDoesNotCountTwice() {
        SignatureVerifier real = key.publicKey().verifier();
        SignatureVerifier alias = new SignatureVerifier() {
            @Override
            public String keyId() {
                return "0".repeat(64);
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return real.algorithm();
            }

            @Override
            public void verify(byte[] signature, byte[] data) throws InvalidSignatureException {
                real.verify(signature, data);
            }

            @Override
            public Optional<byte[]> publicKeySpki() {
                return real.publicKeySpki();
            }
        };
        assertThatThrownBy(() -> Policy.builder().trust(real).trust(alias).threshold(2).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("trusted twice");
    }

    @Test
    void aSignatureFloodIsRefusedBeforeAnySignatureIsChecked() throws Exception {
        Path envelope = dev.mlbom.ProvenanceFormat.envelopePathFor(model);
        String json = Files.readString(envelope, StandardCharsets.UTF_8);
        String one = "{\"keyid\":\"\",\"sig\":\"" + Base64.getEncoder().encodeToString(new byte[64]) + "\"}";
        String flood = json.replaceFirst("\"signatures\":\\[", "\"signatures\":[" + (one + ",").repeat(40));
        Files.writeString(envelope, flood, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EnvelopeJson.strict().read(flood.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(EnvelopeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains(String.valueOf(EnvelopeJson.MAX_SIGNATURES));
                });
        Policy policy = Policy.builder().trust(key.publicKey().verifier()).build();
        assertThatThrownBy(() -> Verifier.verify(model, policy))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ENVELOPE_MALFORMED));
    }

    @Test
    void aPolicyThatNamesTheModelRefusesAnotherModelSignedByTheSameKey() throws Exception {
        Path impostor = Fixtures.model(temp, "impostor");
        ProvenanceSigner.builder().signer(key.signer()).build().sign(Fixtures.manifest("acme/research-bot", "9.0.0"),
                impostor);
        // the app's model store now holds the impostor in the place of bot
        Policy byName = Policy.builder().trust(key.publicKey().verifier()).requireModel("acme/bot")
                .minimumVersion("2.0.0").build();
        assertThatThrownBy(() -> Verifier.verify(impostor, byName))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MODEL_MISMATCH);
                    assertThat(e.getMessage()).contains("acme/research-bot@9.0.0").contains("acme/bot");
                });
        assertThat(Verifier.verify(model, byName).manifest().model().name()).isEqualTo("acme/bot");
        // a pinned manifest id admits exactly that record
        dev.mlbom.model.ManifestId pinned = Verifier.verify(model, byName).manifestId();
        Policy pin = Policy.builder().trust(key.publicKey().verifier()).requireManifestId(pinned).build();
        assertThat(Verifier.verify(model, pin).manifestId()).isEqualTo(pinned);
        assertThatThrownBy(() -> Verifier.verify(impostor, pin))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MODEL_MISMATCH));
        // and without a name, a minimum version does not build
        assertThatThrownBy(() -> Policy.builder().trust(key.publicKey().verifier()).minimumVersion("2.0.0").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("requireModel");
    }
}
