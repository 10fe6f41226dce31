package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.error.ReasonCode;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.hash.HashingException;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.VerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Verifier fed from anywhere: envelopes as bytes and streams (no file), models through the
 * {@link ModelFiles} abstraction (no directory), with the same checks and reasons as on disk.
 */
class VerifierSourcesTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Clock AN_HOUR_LATER = Clock.fixed(SIGNED_AT.plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path model;
    private byte[] envelope;
    private Verifier verifier;

    @BeforeEach
    void sign() throws Exception {
        model = Fixtures.model(temp, "support-bot");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        Path written = ProvenanceSigner.builder().signer(key.signer()).clock(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                .build().sign(Fixtures.manifest("acme/support-bot", "2.3.0"), model).envelopePath();
        envelope = Files.readAllBytes(written);
        Files.delete(written); // from here on there is no envelope file anywhere
        verifier = Verifier.builder().policy(Policy.builder().trust(key.publicKey().verifier()).build())
                .clock(AN_HOUR_LATER).threads(2).build();
    }

    @Test
    void anEnvelopeGivenAsBytesVerifies() throws Exception {
        VerifiedProvenance verified = verifier.verify(ModelFiles.of(model),
                EnvelopeSource.of(envelope, "https://registry.example/acme/support-bot/2.3.0"));
        assertThat(verified.manifest().model().coordinates()).isEqualTo("acme/support-bot@2.3.0");
        assertThat(verified.envelope()).isEqualTo("https://registry.example/acme/support-bot/2.3.0");
        assertThat(verified.model().location()).isEqualTo(model.toString());
        assertThat(Files.exists(ProvenanceFormat.envelopePathFor(model))).isFalse();
    }

    @Test
    void theVerifiedJsonCarriesTheReportAndTheVerifiedIdentity() throws Exception {
        VerifiedProvenance verified = verifier.verify(ModelFiles.of(model), EnvelopeSource.of(envelope, "bytes"));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(verified.toJson());
        assertThat(json.get("verified").asBoolean()).isTrue();
        assertThat(json.get("envelope").asText()).isEqualTo("bytes");
        assertThat(json.get("manifestId").asText()).isEqualTo(verified.manifestId().toString());
        assertThat(json.get("modelName").asText()).isEqualTo("acme/support-bot");
        assertThat(json.get("modelVersion").asText()).isEqualTo("2.3.0");
        assertThat(json.get("signerKeyIds")).hasSize(1);
        assertThat(json.get("signedAt").asText()).isEqualTo(SIGNED_AT.toString());
        assertThat(json.get("checks").findValuesAsText("check"))
                .containsExactlyElementsOf(java.util.Arrays.stream(CheckName.values()).map(CheckName::id).toList());
    }

    @Test
    void anEnvelopeGivenAsAStreamVerifiesAndTamperedBytesDoNot() throws Exception {
        assertThat(verifier.verify(ModelFiles.of(model), EnvelopeSource.of(new ByteArrayInputStream(envelope), "http")))
                .isNotNull();
        byte[] damaged = envelope.clone();
        damaged[damaged.length / 2] ^= 0x01;
        assertThatThrownBy(() -> verifier.verify(ModelFiles.of(model), EnvelopeSource.of(damaged, "http")))
                .isInstanceOf(VerificationException.class);
    }

    @Test
    void anOversizedEnvelopeIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThatThrownBy(() -> verifier.verify(ModelFiles.of(model), EnvelopeSource.of(endless, "endless")))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ENVELOPE_MALFORMED);
                    assertThat(e.getMessage()).contains("larger than");
                });
    }

    @Test
    void theDefaultEnvelopeIsMissingNow() {
        assertThatThrownBy(() -> verifier.verify(model))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ENVELOPE_NOT_FOUND);
                    assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
                });
    }

    @Test
    void aModelGivenThroughTheAbstractionVerifies() throws Exception {
        InMemoryModel memory = InMemoryModel.copyOf(model);
        VerifiedProvenance verified = verifier.verify(memory, EnvelopeSource.of(envelope, "memory"));
        assertThat(verified.model()).isSameAs(memory);
        assertThat(verified.report().result(CheckName.ARTIFACTS)).get()
                .extracting(CheckResult::status).isEqualTo(CheckResult.Status.PASSED);
        assertThat(memory.opened).containsExactlyInAnyOrderElementsOf(memory.files.keySet());
    }

    @Test
    void theAbstractionGetsTheSameVerdictsAsADirectory() throws Exception {
        InMemoryModel flipped = InMemoryModel.copyOf(model);
        flipped.files.get("model.safetensors")[100] ^= 0x01;
        assertRefused(flipped, Reason.ARTIFACT_DIGEST_MISMATCH);

        InMemoryModel missing = InMemoryModel.copyOf(model);
        missing.files.remove("tokenizer.json");
        assertRefused(missing, Reason.ARTIFACT_MISSING);

        InMemoryModel extra = InMemoryModel.copyOf(model);
        extra.files.put("backdoor.py", "import os".getBytes());
        assertRefused(extra, Reason.ARTIFACT_UNEXPECTED);

        InMemoryModel lying = InMemoryModel.copyOf(model);
        lying.shortRead = "config.json"; // size says n bytes, the stream gives fewer
        VerificationException e = assertRefused(lying, Reason.ARTIFACT_UNREADABLE);
        assertThat(e.innermostReason()).isEqualTo(HashingException.Reason.FILE_CHANGED);
        assertThat(e.reasonChain()).containsExactly(Reason.ARTIFACT_UNREADABLE, HashingException.Reason.FILE_CHANGED);
        assertThat(e.report()).get().satisfies(r -> assertThat(r.firstFailure()).get()
                .extracting(CheckResult::detail).isEqualTo(java.util.Optional.of(HashingException.Reason.FILE_CHANGED)));

        InMemoryModel gone = InMemoryModel.copyOf(model);
        gone.unlistable = true;
        VerificationException unreadable = assertRefused(gone, Reason.ARTIFACT_UNREADABLE);
        assertThat(unreadable.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void shardedArtifactsVerifyThroughTheAbstraction() throws Exception {
        Path sharded = Fixtures.model(temp, "sharded");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
        Path written = ProvenanceSigner.builder().signer(key.signer()).clock(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                .hasher(ArtifactHasher.builder().sharded(1000).build()).build()
                .sign(Fixtures.manifest("acme/sharded", "1.0.0"), sharded).envelopePath();
        Verifier shardVerifier = Verifier.builder().policy(Policy.builder().trust(key.publicKey().verifier()).build())
                .clock(AN_HOUR_LATER).build();
        InMemoryModel memory = InMemoryModel.copyOf(sharded);
        byte[] bytes = Files.readAllBytes(written);
        assertThat(shardVerifier.verify(memory, EnvelopeSource.of(bytes, "memory")).manifest().model().artifacts())
                .anySatisfy(a -> assertThat(a.shards()).hasSizeGreaterThan(1));
        memory.files.get("model.safetensors")[2999] ^= 0x40;
        assertThatThrownBy(() -> shardVerifier.verify(memory, EnvelopeSource.of(bytes, "memory")))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ARTIFACT_DIGEST_MISMATCH));
    }

    @Test
    void theVerifiersClockJudgesFreshness() throws Exception {
        Policy fresh = Policy.builder().trust(verifier.policy().trustedKeys().get(0)).maxAge(Duration.ofDays(1))
                .build();
        Verifier tomorrow = Verifier.builder().policy(fresh)
                .clock(Clock.fixed(SIGNED_AT.plus(Duration.ofDays(2)), ZoneOffset.UTC)).build();
        assertThatThrownBy(() -> tomorrow.verify(ModelFiles.of(model), EnvelopeSource.of(envelope, "memory")))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        Verifier now = Verifier.builder().policy(fresh).clock(AN_HOUR_LATER).build();
        assertThat(now.verify(ModelFiles.of(model), EnvelopeSource.of(envelope, "memory"))).isNotNull();
    }

    @Test
    void aRefusedSymlinkIsAnInnerReasonNotText() throws Exception {
        Files.createSymbolicLink(model.resolve("link.bin"), model.resolve("config.json"));
        VerificationException e = assertRefusedLocal(Reason.ARTIFACT_UNREADABLE);
        assertThat(e.innermostReason()).isEqualTo(HashingException.Reason.SYMLINK_REJECTED);
        assertThat(e.kind()).isEqualTo(ReasonCode.Kind.INPUT_REJECTED);
        assertThat(e.getCause()).isInstanceOf(HashingException.class);
    }

    @Test
    void cancellingIsAnEnvironmentFailureNotARejection() {
        dev.mlbom.hash.CancellationToken token = new dev.mlbom.hash.CancellationToken();
        token.cancel();
        assertThatThrownBy(() -> verifier.verify(ModelFiles.of(model), EnvelopeSource.of(envelope, "memory"),
                VerifyOptions.builder().cancellation(token).build()))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
                    assertThat(e.kind()).isEqualTo(ReasonCode.Kind.ENVIRONMENT_FAILED);
                });
    }

    @Test
    void aPolicyCannotAllowMoreThanTenMinutesOfClockSkew() {
        assertThatThrownBy(() -> Policy.builder().clockSkew(Duration.ofMinutes(11)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 minutes");
        assertThatThrownBy(() -> Policy.builder().clockSkew(Duration.ofDays(3650)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Policy.MAX_CLOCK_SKEW).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aModelPathWithoutANameHasNoDefaultEnvelope() {
        assertThatThrownBy(() -> EnvelopeSource.besideModel(Path.of("/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give the envelope's path");
    }

    @Test
    void versionsThatOrderNeitherAsSemVerNorPep440AreRefusedAtSigningAndInPolicies() throws Exception {
        Path other = Fixtures.model(temp, "latest");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        for (String bypass : List.of("latest", "2.x", "dev", "\uff12.\uff13")) {
            assertThatThrownBy(() -> ProvenanceSigner.builder().signer(key.signer()).build()
                    .sign(Fixtures.manifest("acme/bot", bypass), other))
                    .isInstanceOfSatisfying(dev.mlbom.model.ManifestException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(problem -> assertThat(problem.pointer()).isEqualTo("/model/version")));
            assertThatThrownBy(() -> Policy.builder().minimumVersion(bypass)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Files.exists(ProvenanceFormat.envelopePathFor(other))).as("nothing written").isFalse();
        Policy rcIsBelowRelease = Policy.builder().trust(key.publicKey().verifier()).requireModel("acme/bot")
                .minimumVersion("2.3.0").build();
        Path candidate = Fixtures.model(temp, "candidate");
        ProvenanceSigner.builder().signer(key.signer()).build().sign(Fixtures.manifest("acme/bot", "2.3.0rc1"), candidate);
        assertThatThrownBy(() -> Verifier.verify(candidate, rcIsBelowRelease))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ROLLBACK));
    }

    private VerificationException assertRefused(ModelFiles files, Reason reason) {
        VerificationException[] caught = new VerificationException[1];
        assertThatThrownBy(() -> verifier.verify(files, EnvelopeSource.of(envelope, "memory")))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
                    caught[0] = e;
                });
        VerificationReport report = verifier.check(files, EnvelopeSource.of(envelope, "memory"));
        assertThat(report.firstFailure()).get().extracting(CheckResult::reason).isEqualTo(java.util.Optional.of(reason));
        return caught[0];
    }

    private VerificationException assertRefusedLocal(Reason reason) {
        return assertRefused(ModelFiles.of(model), reason);
    }

    /** A model held in memory, as a registry client might serve it. */
    static final class InMemoryModel implements ModelFiles {
        final Map<String, byte[]> files = new TreeMap<>();
        final List<String> opened = new ArrayList<>();
        String shortRead;
        boolean unlistable;

        static InMemoryModel copyOf(Path dir) throws IOException {
            InMemoryModel model = new InMemoryModel();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    model.files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return model;
        }

        @Override
        public String location() {
            return "memory://model";
        }

        @Override
        public List<String> list() throws IOException {
            if (unlistable) {
                throw new IOException("the registry is unreachable");
            }
            return List.copyOf(files.keySet());
        }

        @Override
        public long size(String path) {
            return files.get(path).length;
        }

        @Override
        public synchronized InputStream open(String path) throws IOException {
            byte[] bytes = files.get(path);
            if (bytes == null) {
                throw new NoSuchFileException(path);
            }
            opened.add(path);
            int length = path.equals(shortRead) ? bytes.length / 2 : bytes.length;
            return new ByteArrayInputStream(bytes, 0, length);
        }
    }
}
