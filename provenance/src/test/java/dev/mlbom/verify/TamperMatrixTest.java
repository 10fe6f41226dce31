package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.jackson.JacksonTrees;
import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.dsse.Dsse;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.EnvelopeSignature;
import dev.mlbom.dsse.Statement;
import dev.mlbom.dsse.StatementCodec;
import dev.mlbom.model.Manifest;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.VerificationException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a signed model can be tampered with, each refused with its own reason, and never a
 * {@link VerifiedProvenance}.
 */
class TamperMatrixTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-01T00:00:00Z");
    private static final Clock SIGNING_CLOCK = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    private static final Clock VERIFY_CLOCK = Clock.fixed(SIGNED_AT.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeyPairHandle trusted;
    private static KeyPairHandle other;

    @TempDir
    Path temp;
    private Path model;
    private Path envelope;
    private Manifest manifest;

    @BeforeAll
    static void keys() {
        trusted = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        other = KeyPairHandle.generate(SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    @BeforeEach
    void signModel() throws Exception {
        model = Fixtures.model(temp, "support-bot");
        manifest = Fixtures.manifest("acme/support-bot", "2.3.0");
        SignedProvenance signed = signer(trusted).sign(manifest, model);
        envelope = signed.envelopePath();
        assertThat(envelope).isEqualTo(temp.resolve("support-bot.mlbom.json"));
    }

    private static ProvenanceSigner signer(KeyPairHandle key) {
        return ProvenanceSigner.builder().signer(key.signer()).clock(SIGNING_CLOCK).build();
    }

    private static Policy.Builder policy() {
        return Policy.builder().trust(trusted.publicKey().verifier());
    }

    private static Verifier verifier(Policy policy, Clock clock) {
        return Verifier.builder().policy(policy).clock(clock).build();
    }

    private VerifiedProvenance verify(Policy policy) throws VerificationException {
        return verifier(policy, VERIFY_CLOCK).verify(model);
    }

    private VerificationReport check(Policy policy) {
        return verifier(policy, VERIFY_CLOCK).check(ModelFiles.of(model), EnvelopeSource.besideModel(model));
    }

    private void assertRefused(Policy policy, Reason reason) {
        assertRefused(policy, VERIFY_CLOCK, reason);
    }

    private void assertRefused(Policy policy, Clock clock, Reason reason) {
        assertThatThrownBy(() -> verifier(policy, clock).verify(model))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
                    assertThat(e.report()).get().extracting(VerificationReport::passed).isEqualTo(false);
                });
        VerificationReport report = verifier(policy, clock).check(ModelFiles.of(model), EnvelopeSource.besideModel(model));
        assertThat(report.passed()).isFalse();
        assertThat(report.firstFailure()).get().extracting(CheckResult::reason).isEqualTo(Optional.of(reason));
    }

    private void assertRefused(Reason reason) {
        assertRefused(policy().build(), reason);
    }

    @Test
    void anUntamperedModelVerifies() throws Exception {
        VerifiedProvenance verified = verify(policy().build());

        assertThat(verified.manifest().model().coordinates()).isEqualTo("acme/support-bot@2.3.0");
        assertThat(verified.manifest().model().artifacts()).extracting(a -> a.path())
                .containsExactly("config.json", "model.safetensors", "tokenizer.json");
        assertThat(verified.signerKeyIds()).containsExactly(trusted.keyId());
        assertThat(verified.signedAt()).contains(SIGNED_AT);
        assertThat(verified.manifestId()).isEqualTo(ManifestIdentity.of(verified.manifest()));
        assertThat(verified.report().results()).extracting(CheckResult::status)
                .doesNotContain(CheckResult.Status.FAILED);
    }

    @Test
    void theRehashReportsItsProgress() throws Exception {
        java.util.List<Long> done = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
        VerifiedProvenance verified = verifier(policy().build(), VERIFY_CLOCK).verify(ModelFiles.of(model),
                EnvelopeSource.file(envelope), VerifyOptions.builder().progress((path, bytes, all) -> {
                    done.add(bytes);
                    total.set(all);
                }).build());
        long size = verified.manifest().model().artifacts().stream().mapToLong(a -> a.size()).sum();
        assertThat(total.get()).isEqualTo(size);
        assertThat(done).isNotEmpty().isSorted();
        assertThat(done.get(done.size() - 1)).isEqualTo(size);
    }

    @Test
    void oneByteFlippedInAModelFile() throws Exception {
        Path weights = model.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(weights);
        bytes[2500] ^= 0x01;
        Files.write(weights, bytes);
        assertRefused(Reason.ARTIFACT_DIGEST_MISMATCH);
    }

    @Test
    void aFileAdded() throws Exception {
        Fixtures.write(model.resolve("backdoor.py"), "import os\n");
        assertRefused(Reason.ARTIFACT_UNEXPECTED);
        assertThat(verify(policy().allowUnexpectedFiles().build())).isNotNull();
    }

    @Test
    void aFileRemoved() throws Exception {
        Files.delete(model.resolve("tokenizer.json"));
        assertRefused(Reason.ARTIFACT_MISSING);
    }

    @Test
    void aFileRenamed() throws Exception {
        Files.move(model.resolve("tokenizer.json"), model.resolve("tokenizer2.json"));
        assertRefused(Reason.ARTIFACT_MISSING);
    }

    @Test
    void aFileTruncated() throws Exception {
        Path weights = model.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertRefused(Reason.ARTIFACT_DIGEST_MISMATCH);
        assertRefused(policy().skipArtifactDigests().build(), Reason.ARTIFACT_DIGEST_MISMATCH);
    }

    @Test
    void aPayloadByteFlipped() throws Exception {
        Envelope original = read();
        byte[] payload = original.payload();
        int at = new String(payload, StandardCharsets.UTF_8).indexOf("2.3.0");
        payload[at] = '9';
        write(new Envelope(original.payloadType(), payload, original.signatures()));
        assertRefused(Reason.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureByteFlipped() throws Exception {
        Envelope original = read();
        EnvelopeSignature signature = original.signatures().get(0);
        byte[] sig = signature.sig();
        sig[10] ^= 0x40;
        write(new Envelope(original.payloadType(), original.payload(),
                List.of(new EnvelopeSignature(signature.keyid(), sig))));
        assertRefused(Reason.SIGNATURE_INVALID);
    }

    @Test
    void thePayloadTypeChanged() throws Exception {
        Envelope original = read();
        write(new Envelope("application/json", original.payload(), original.signatures()));
        assertRefused(Reason.PAYLOAD_TYPE_MISMATCH);
        // also when the trusted key itself signed the other payload type
        write(Dsse.sign("application/json", original.payload(), List.of(trusted.signer())));
        assertRefused(Reason.PAYLOAD_TYPE_MISMATCH);
    }

    @Test
    void thePredicateTypeChanged() throws Exception {
        Statement statement = statement();
        Statement changed = new Statement(statement.subjects(), "https://slsa.dev/provenance/v1", statement.predicate());
        StatementCodec codec = StatementCodec.canonical();
        // changed without re-signing: the signature no longer matches
        Envelope original = read();
        write(new Envelope(original.payloadType(), codec.encode(changed), original.signatures()));
        assertRefused(Reason.SIGNATURE_INVALID);
        // an attestation of another kind, really signed by the trusted key, is not provenance
        write(codec.sign(changed, List.of(trusted.signer())));
        assertRefused(Reason.PREDICATE_TYPE_MISMATCH);
    }

    @Test
    void theKeySwapped() throws Exception {
        // the policy trusts another key than the one that signed
        assertRefused(Policy.builder().trust(other.publicKey().verifier()).build(),
                Reason.UNTRUSTED_KEY);
        // the envelope claims the trusted key's id but was signed by another key
        Envelope byOther = Dsse.sign(Statement.PAYLOAD_TYPE, read().payload(), List.of(other.signer()));
        write(new Envelope(byOther.payloadType(), byOther.payload(),
                List.of(new EnvelopeSignature(trusted.keyId(), byOther.signatures().get(0).sig()))));
        assertRefused(Reason.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureByAnUntrustedKey() throws Exception {
        signer(other).sign(manifest, model);
        assertRefused(Reason.UNTRUSTED_KEY);
    }

    @Test
    void anExpiredKey() {
        TrustedKey expired = new TrustedKey(trusted.publicKey().verifier(), Optional.of(SIGNED_AT.minusSeconds(86_400 * 30)),
                Optional.of(SIGNED_AT.plusSeconds(3600)), Optional.of("release-2025"));
        assertRefused(Policy.builder().trust(expired).build(), Reason.KEY_EXPIRED);
        Policy relaxed = Policy.builder().trust(expired).allowExpiredKeys().build();
        assertThat(check(relaxed).passed()).isTrue();
    }

    @Test
    void aKeyNotValidYet() {
        TrustedKey future = new TrustedKey(trusted.publicKey().verifier(), Optional.of(SIGNED_AT.plusSeconds(86_400 * 30)),
                Optional.empty(), Optional.empty());
        assertRefused(Policy.builder().trust(future).build(), Reason.KEY_NOT_YET_VALID);
    }

    @Test
    void aRevokedKey() {
        Policy policy = Policy.builder().trust(trusted.publicKey().verifier()).trust(other.publicKey().verifier())
                .revoke(trusted.keyId()).build();
        assertRefused(policy, Reason.KEY_REVOKED);
    }

    @Test
    void anOlderVersionIsARollback() {
        assertRefused(policy().requireModel("acme/support-bot").minimumVersion("2.10.0").build(), Reason.ROLLBACK);
        assertThat(check(policy().requireModel("acme/support-bot").minimumVersion("2.3.0").build()).passed()).isTrue();
        assertThat(check(policy().requireModel("acme/support-bot").minimumVersion("2.3.0-rc1").build()).passed()).isTrue();
    }

    @Test
    void aThresholdOfTwoNeedsTwoDistinctKeys() throws Exception {
        Policy twoOfTwo = policy().trust(other.publicKey().verifier()).threshold(2).build();
        assertRefused(twoOfTwo, Reason.THRESHOLD_NOT_MET);
        ProvenanceSigner.builder().signer(trusted.signer()).signer(other.signer()).clock(SIGNING_CLOCK).build()
                .sign(manifest, model);
        assertThat(verify(twoOfTwo).signerKeyIds()).containsExactlyInAnyOrder(trusted.keyId(),
                other.keyId());
        // the same key twice does not count twice
        ProvenanceSigner.builder().signer(trusted.signer()).signer(trusted.signer()).clock(SIGNING_CLOCK).build()
                .sign(manifest, model);
        assertRefused(twoOfTwo, Reason.THRESHOLD_NOT_MET);
    }

    @Test
    void freshness() {
        assertRefused(policy().maxAge(Duration.ofHours(12)).build(), Reason.EXPIRED);
        assertThat(check(policy().maxAge(Duration.ofDays(2)).build()).passed()).isTrue();
        Clock before = Clock.fixed(SIGNED_AT.minus(Duration.ofHours(1)), ZoneOffset.UTC);
        assertRefused(Policy.builder().trust(trusted.publicKey().verifier()).build(), before, Reason.NOT_YET_VALID);
    }

    @Test
    void aSignedButInvalidManifest() throws Exception {
        Statement statement = statement();
        ObjectNode predicate = (ObjectNode) JacksonTrees.toNode(statement.predicate());
        ((ObjectNode) predicate.get("model")).remove("version");
        resign(new Statement(statement.subjects(), statement.predicateType(), JacksonTrees.toValue(predicate)));
        assertRefused(Reason.SCHEMA_INVALID);
    }

    @Test
    void aManifestMissingRequiredFields() throws Exception {
        Statement statement = statement();
        ObjectNode predicate = (ObjectNode) JacksonTrees.toNode(statement.predicate());
        ((ObjectNode) predicate.get("model")).remove("license");
        resign(new Statement(statement.subjects(), statement.predicateType(), JacksonTrees.toValue(predicate)));
        assertRefused(Reason.REQUIRED_FIELD_MISSING);
        assertThat(check(policy().skipRequiredFields().build()).passed()).isTrue();
    }

    @Test
    void subjectsThatDoNotMatchTheArtifacts() throws Exception {
        Statement statement = statement();
        resign(new Statement(statement.subjects().subList(0, 1), statement.predicateType(), statement.predicate()));
        assertRefused(Reason.SUBJECT_MISMATCH);
    }

    @Test
    void aNonCanonicalPayload() throws Exception {
        byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(read().payload()));
        write(Dsse.sign(Statement.PAYLOAD_TYPE, pretty, List.of(trusted.signer())));
        assertRefused(Reason.PAYLOAD_NOT_CANONICAL);
    }

    @Test
    void aMissingOrMalformedEnvelope() throws Exception {
        Files.writeString(envelope, "{\"payloadType\": 1}");
        assertRefused(Reason.ENVELOPE_MALFORMED);
        Files.delete(envelope);
        assertRefused(Reason.ENVELOPE_NOT_FOUND);
    }

    @Test
    void theReportListsEveryCheck() throws Exception {
        Files.delete(model.resolve("tokenizer.json"));
        VerificationReport report = check(policy().requireModel("acme/support-bot").minimumVersion("9.0").build());
        assertThat(report.results()).extracting(CheckResult::check).containsExactly(CheckName.values());
        assertThat(report.result(CheckName.SIGNATURES).orElseThrow().status()).isEqualTo(CheckResult.Status.PASSED);
        assertThat(report.result(CheckName.ROLLBACK).orElseThrow().reason()).contains(Reason.ROLLBACK);
        assertThat(report.result(CheckName.ARTIFACTS).orElseThrow().reason()).contains(Reason.ARTIFACT_MISSING);
        assertThat(report.result(CheckName.LINEAGE).orElseThrow().status()).isEqualTo(CheckResult.Status.SKIPPED);
    }

    @Test
    void anEmptyTrustSetDoesNotBuild() {
        assertThatThrownBy(() -> Policy.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one key");
        assertThatThrownBy(() -> policy().threshold(2).build()).isInstanceOf(IllegalStateException.class);
    }

    private Envelope read() throws Exception {
        return EnvelopeJson.strict().read(Files.readAllBytes(envelope));
    }

    private void write(Envelope changed) throws IOException {
        Files.write(envelope, EnvelopeJson.strict().write(changed));
    }

    private Statement statement() throws Exception {
        return StatementCodec.canonical().decode(read().payload());
    }

    private void resign(Statement statement) throws Exception {
        write(StatementCodec.canonical().sign(statement, List.of(trusted.signer())));
    }

    static JsonNode tree(byte[] json) throws IOException {
        return JSON.readTree(json);
    }
}
