package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignOutputException;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd inputs end in a reasoned, checked refusal; never an unchecked exception out of the gate. */
class GateHardeningTest {

    @TempDir
    Path temp;
    private KeyPairHandle key;
    private ProvenanceSigner signer;

    @BeforeEach
    void keys() throws Exception {
        key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        signer = ProvenanceSigner.builder().signer(key.signer()).build();
    }

    private Policy.Builder policy() {
        return Policy.builder().trust(key.publicKey().verifier());
    }

    private static VerificationException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(VerificationException.class);
        return (VerificationException) thrown;
    }

    // ---- finding 8: errors that escaped as internal errors ----

    @Test
    void aModelPathWithoutAFileNameIsRefusedNotThrownAsIllegalArgument() {
        Path root = Path.of("/");
        VerificationException e = refused(() -> Verifier.verify(root, policy().build()));
        assertThat(e.reason()).isEqualTo(VerificationException.Reason.ENVELOPE_NOT_FOUND);
        assertThat(e.getMessage()).contains("no file name").contains("give the envelope's path");
    }

    @Test
    void signingAModelPathWithoutAFileNameIsRefused() {
        Throwable thrown = catchThrowable(() -> signer.sign(Fixtures.manifest("acme/bot", "1.0"), Path.of("/")));
        assertThat(thrown).isInstanceOf(SignOutputException.class).hasMessageContaining("no file name");
    }

    @Test
    void anEnvelopePathWithoutAFileNameIsRefused() throws Exception {
        Path model = Fixtures.model(temp, "bot");
        Throwable thrown = catchThrowable(() -> signer.sign(Fixtures.manifest("acme/bot", "1.0"), model, Path.of("/")));
        assertThat(thrown).isInstanceOfSatisfying(SignOutputException.class, e -> {
            assertThat(e.reason()).isEqualTo(SignOutputException.Reason.NO_ENVELOPE_PATH);
            assertThat(e.getMessage()).contains("no file name");
        });
    }

    @Test
    void aSigningTimeAtTheEndOfTimeIsNotYetValid() throws Exception {
        Path model = Fixtures.model(temp, "bot");
        Instant late = Instant.parse("+999999999-12-31T23:59:59Z");
        ProvenanceSigner.builder().signer(key.signer()).clock(Clock.fixed(late, ZoneOffset.UTC)).build()
                .sign(Fixtures.manifest("acme/bot", "1.0"), model);
        VerificationException e = refused(() -> Verifier.verify(model, policy().maxAge(Duration.ofDays(30)).build()));
        assertThat(e.reason()).isEqualTo(VerificationException.Reason.NOT_YET_VALID);
    }

    @Test
    void aVerifierClockAtTheEndOfTimeDoesNotOverflow() throws Exception {
        Path model = Fixtures.model(temp, "bot");
        signer.sign(Fixtures.manifest("acme/bot", "1.0"), model);
        Verifier verifier = Verifier.builder().policy(policy().maxAge(Duration.ofSeconds(Long.MAX_VALUE)).build())
                .clock(Clock.fixed(Instant.MAX, ZoneOffset.UTC)).build();
        assertThat(verifier.verify(model).manifest().model().name()).isEqualTo("acme/bot");
        Verifier early = Verifier.builder().policy(policy().maxAge(Duration.ofSeconds(Long.MAX_VALUE)).build())
                .clock(Clock.fixed(Instant.MIN, ZoneOffset.UTC)).build();
        assertThat(refused(() -> early.verify(model)).reason()).isEqualTo(VerificationException.Reason.NOT_YET_VALID);
        Verifier ancient = Verifier.builder().policy(policy().maxAge(Duration.ofDays(1)).build())
                .clock(Clock.fixed(Instant.MAX, ZoneOffset.UTC)).build();
        assertThat(refused(() -> ancient.verify(model)).reason()).isEqualTo(VerificationException.Reason.EXPIRED);
    }

    @Test
    void anOverflowingMaxAgeInAPolicyFileIsRefusedOrHarmless() throws Exception {
        Path model = Fixtures.model(temp, "bot");
        signer.sign(Fixtures.manifest("acme/bot", "1.0"), model);
        dev.mlbom.crypto.KeyFiles.writePublicKey(temp.resolve("release.pub"), key.publicKey());
        Path file = temp.resolve("policy.yaml");
        Files.writeString(file, "trustedKeys:\n  - publicKey: release.pub\nmaxAge: P999999999999D\n");
        Policy huge = PolicyFile.load(file);
        assertThat(Verifier.verify(model, huge).manifest().model().name()).isEqualTo("acme/bot");
        Files.writeString(file, "trustedKeys:\n  - publicKey: release.pub\nmaxAge: P99999999999999999D\n");
        Throwable thrown = catchThrowable(() -> PolicyFile.load(file));
        assertThat(thrown).isInstanceOfSatisfying(PolicyException.class,
                e -> assertThat(e.reason()).isEqualTo(PolicyException.Reason.INVALID));
    }

    // ---- finding 11: the ancestors directory ----

    private Path ancestors;
    private SignedProvenance base;

    private void signBase() throws Exception {
        ancestors = Files.createDirectories(temp.resolve("ancestors"));
        base = signer.sign(Fixtures.manifest("acme/base", "1.0"), Fixtures.model(temp, "base"),
                ancestors.resolve("base.mlbom.json"));
    }

    @Test
    void anotherSignedRecordOfTheSameVersionDoesNotShadowTheOneTheChildRecorded() throws Exception {
        signBase();
        Path other = Fixtures.model(temp, "other");
        Files.writeString(other.resolve("extra.txt"), "a different build of the same name@version\n");
        SignedProvenance shadow = signer.sign(Fixtures.manifest("acme/base", "1.0"), other,
                ancestors.resolve("zz-base.mlbom.json"));
        assertThat(shadow.manifestId()).isNotEqualTo(base.manifestId());
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0",
                base.manifestId().value()), tuned);
        VerifiedProvenance verified = Verifier.verify(tuned, policy().requireVerifiedAncestors(ancestors).build());
        assertThat(verified.report().result(CheckName.LINEAGE).orElseThrow().message())
                .contains("1 ancestor(s) verified").contains("base.mlbom.json");
    }

    @Test
    void twoSignedRecordsOfAnAncestorTheChildDidNotPinAreAmbiguous() throws Exception {
        signBase();
        Path other = Fixtures.model(temp, "other");
        Files.writeString(other.resolve("extra.txt"), "a different build\n");
        signer.sign(Fixtures.manifest("acme/base", "1.0"), other, ancestors.resolve("zz-base.mlbom.json"));
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0", null), tuned);
        VerificationException e = refused(() -> Verifier.verify(tuned,
                policy().requireVerifiedAncestors(ancestors).build()));
        assertThat(e.reason()).isEqualTo(VerificationException.Reason.LINEAGE_INCOMPLETE);
        assertThat(e.getMessage()).contains("base.mlbom.json").contains("zz-base.mlbom.json")
                .contains("manifest id");
    }

    @Test
    void aWrongRecordedIdNamesTheFilesItLookedAt() throws Exception {
        signBase();
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0",
                "sha256:" + "ab".repeat(32)), tuned);
        VerificationException e = refused(() -> Verifier.verify(tuned,
                policy().requireVerifiedAncestors(ancestors).build()));
        assertThat(e.reason()).isEqualTo(VerificationException.Reason.LINEAGE_INCOMPLETE);
        assertThat(e.getMessage()).contains("base.mlbom.json").contains("forged or stale");
    }

    @Test
    void aHugeFileInTheAncestorsDirectoryIsSkippedWithoutReadingIt() throws Exception {
        signBase();
        try (RandomAccessFile huge = new RandomAccessFile(ancestors.resolve("huge.mlbom.json").toFile(), "rw")) {
            huge.setLength((64L << 20) + 1); // sparse: takes no disk
        }
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0",
                base.manifestId().value()), tuned);
        assertThat(Verifier.verify(tuned, policy().requireVerifiedAncestors(ancestors).build())
                .report().result(CheckName.LINEAGE).orElseThrow().message()).contains("1 ancestor(s) verified");
        Path orphan = Fixtures.model(temp, "orphan");
        signer.sign(Fixtures.child("acme/orphan", "1.0", LineageRelation.FINE_TUNE, "acme/huge", "1.0", null), orphan);
        VerificationException e = refused(() -> Verifier.verify(orphan,
                policy().requireVerifiedAncestors(ancestors).build()));
        assertThat(e.getMessage()).contains("acme/huge@1.0").contains("huge.mlbom.json").contains("larger than");
    }

    @Test
    void anUnsignedAncestorIsRefusedForItsSignatureBeforeItsPayloadIsDecoded() throws Exception {
        ancestors = Files.createDirectories(temp.resolve("ancestors"));
        String payload = java.util.Base64.getEncoder().encodeToString("[[[[[[ not a statement".getBytes());
        Files.writeString(ancestors.resolve("base.mlbom.json"), "{\"payloadType\":\"application/vnd.in-toto+json\","
                + "\"payload\":\"" + payload + "\",\"signatures\":[{\"keyid\":\"x\",\"sig\":\"AAAA\"}]}");
        Path tuned = Fixtures.model(temp, "tuned");
        signer.sign(Fixtures.child("acme/tuned", "1.0", LineageRelation.FINE_TUNE, "acme/base", "1.0", null), tuned);
        VerificationException e = refused(() -> Verifier.verify(tuned,
                policy().requireVerifiedAncestors(ancestors).build()));
        assertThat(e.reason()).isEqualTo(VerificationException.Reason.LINEAGE_INCOMPLETE);
        assertThat(e.getMessage()).contains("base.mlbom.json").contains("UNTRUSTED_KEY")
                .doesNotContain("STATEMENT").doesNotContain("PAYLOAD_NOT_CANONICAL");
    }
}
