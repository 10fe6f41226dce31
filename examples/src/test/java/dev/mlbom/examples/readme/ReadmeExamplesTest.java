package dev.mlbom.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.Manifest;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.VerifiedProvenance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples, end to end: train, sign, serve (verified), tamper with one byte, refused. */
class ReadmeExamplesTest {

    @TempDir
    Path dir;

    private Path model() throws Exception {
        Path model = Files.createDirectories(dir.resolve("support-bot"));
        Files.writeString(model.resolve("config.json"), "{\"model_type\": \"llama\"}\n");
        byte[] weights = new byte[256 * 1024];
        new Random(14).nextBytes(weights);
        Files.write(model.resolve("adapter_model.safetensors"), weights);
        return model;
    }

    private void keys() throws Exception {
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        KeyFiles.writePrivateKey(dir.resolve("release.key"), key);
        KeyFiles.writePublicKey(dir.resolve("release.pub"), key.publicKey());
    }

    @Test
    void trainSignServeTamperRefuse() throws Exception {
        Path model = model();
        keys();
        SignedProvenance signed = TrainingCode.signRelease(model, dir.resolve("release.key"));
        assertThat(signed.envelopePath()).isEqualTo(dir.resolve("support-bot.mlbom.json").toAbsolutePath());

        VerifiedProvenance verified = ServingApp.start(model, dir.resolve("release.pub"));
        assertThat(verified.manifest().model().coordinates()).isEqualTo("acme/support-bot@2.3.0");
        assertThat(verified.manifestId()).isEqualTo(signed.manifestId());

        Policy policy = Policy.builder().trust(KeyFiles.readPublicKey(dir.resolve("release.pub")).verifier()).build();
        VerifierService service = new VerifierService(policy);
        assertThat(service.fromDisk(model).manifestId()).isEqualTo(signed.manifestId());
        byte[] envelope = Files.readAllBytes(signed.envelopePath());
        assertThat(service.fromRegistry(model, envelope, "https://registry.example/acme/support-bot/2.3.0")
                .manifestId()).isEqualTo(signed.manifestId());

        Path weights = model.resolve("adapter_model.safetensors");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 1;
        Files.write(weights, bytes);
        assertThatExceptionOfType(VerificationException.class)
                .isThrownBy(() -> ServingApp.start(model, dir.resolve("release.pub")))
                .satisfies(e -> assertThat(e.reasonCode()).isEqualTo("ARTIFACT_DIGEST_MISMATCH"));
    }

    @Test
    void theReviewerSeesLineageCoverageAndChanges() throws Exception {
        Path model = model();
        keys();
        Manifest manifest = TrainingCode.signRelease(model, dir.resolve("release.key")).manifest();
        Path manifests = Files.createDirectories(dir.resolve("manifests"));
        Files.write(manifests.resolve("support-bot-2.3.0.json"), ManifestCodec.json().write(manifest));
        Manifest previous = dev.mlbom.Provenance.builder()
                .model(m -> m.name("acme/support-bot").version("2.2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-09-01").role(DatasetRole.TRAINING))
                .build();

        ReviewerCode.Review review = ReviewerCode.review(manifests, previous, manifest);
        assertThat(review.ancestors()).isEmpty();
        assertThat(review.exposed()).hasSize(1);
        assertThat(review.svg()).contains("<svg");
        assertThat(review.html()).contains("<html");
        assertThat(review.changes()).contains("2.2.0").contains("2.3.0");
    }

    @Test
    void signingAndVerifyingLogWhatHappenedButNoSecret() throws Exception {
        Path model = model();
        keys();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        SignedProvenance signed;
        try {
            signed = TrainingCode.signRelease(model, dir.resolve("release.key"));
            ServingApp.start(model, dir.resolve("release.pub"));
            Files.writeString(model.resolve("config.json"), "{}");
            assertThatExceptionOfType(VerificationException.class)
                    .isThrownBy(() -> ServingApp.start(model, dir.resolve("release.pub")));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        original.print(log);
        assertThat(log).contains("signed model acme/support-bot@2.3.0").contains(signed.envelopePath().toString())
                .contains("verified model acme/support-bot@2.3.0").contains(signed.manifestId().toString())
                .contains("refused model acme/support-bot@2.3.0").contains("ARTIFACT_DIGEST_MISMATCH")
                .contains("check signatures passed").contains("check artifacts failed (ARTIFACT_DIGEST_MISMATCH)");
        assertThat(log).doesNotContain("PRIVATE KEY").doesNotContain("PUBLIC KEY");
        for (String line : Files.readAllLines(dir.resolve("release.key"))) {
            if (!line.startsWith("-----")) {
                assertThat(log).doesNotContain(line);
            }
        }
        String envelope = Files.readString(signed.envelopePath());
        for (String field : new String[] {"sig", "payload"}) {
            Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]{16})").matcher(envelope);
            assertThat(value.find()).isTrue();
            assertThat(log).doesNotContain(value.group(1));
        }
    }
}
