package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.model.Artifact;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.VerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model served straight from the Hugging Face hub cache, whose snapshot files are symlinks to
 * {@code ../../blobs/}: signed and verified with the cache folder as the symlink boundary, and
 * every way of tampering through the links still refused.
 */
class SymlinkedCacheTest {

    @TempDir
    Path temp;
    private Path repo;
    private Path snapshot;
    private Path weightsBlob;
    private Path envelope;
    private KeyPairHandle key;

    @BeforeEach
    void signACachedModel() throws Exception {
        repo = Files.createDirectories(temp.resolve("hub/models--acme--support-bot"));
        snapshot = Files.createDirectories(repo.resolve("snapshots/9f2c1e7"));
        Path blobs = Files.createDirectories(repo.resolve("blobs"));
        Files.writeString(blobs.resolve("c0nf1g"), "{\"model_type\":\"llama\"}\n");
        byte[] weights = new byte[20_000];
        new Random(5).nextBytes(weights);
        weightsBlob = Files.write(blobs.resolve("we1ght5"), weights);
        Files.createSymbolicLink(snapshot.resolve("config.json"), Path.of("../../blobs/c0nf1g"));
        Files.createSymbolicLink(snapshot.resolve("model.safetensors"), Path.of("../../blobs/we1ght5"));
        key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        SignedProvenance signed = ProvenanceSigner.builder().signer(key.signer())
                .hasher(ArtifactHasher.builder().followSymlinksWithin(repo).build())
                .build().sign(Fixtures.manifest("acme/support-bot", "2.3.0"), snapshot);
        envelope = signed.envelopePath();
        assertThat(signed.manifest().model().artifacts()).extracting(Artifact::path)
                .containsExactly("config.json", "model.safetensors");
    }

    private Policy.Builder policy() {
        return Policy.builder().trust(key.publicKey().verifier());
    }

    @Test
    void verifiesWithTheCacheFolderAsBoundary() throws Exception {
        Policy policy = policy().followSymlinksWithin(repo).build();
        assertThat(Verifier.builder().policy(policy).build().verify(ModelFiles.of(snapshot), EnvelopeSource.file(envelope)).manifest().model().name()).isEqualTo("acme/support-bot");
        assertThat(policy.toString()).contains("followSymlinksWithin");
    }

    @Test
    void isRefusedWhenThePolicyDoesNotFollowLinks() {
        assertRefused(policy().build(), Reason.ARTIFACT_UNREADABLE, "symbolic link");
    }

    @Test
    void aChangedBlobIsADigestMismatch() throws Exception {
        byte[] bytes = Files.readAllBytes(weightsBlob);
        bytes[12_345] ^= 1;
        Files.write(weightsBlob, bytes);
        assertRefused(policy().followSymlinksWithin(repo).build(), Reason.ARTIFACT_DIGEST_MISMATCH,
                "model.safetensors");
    }

    @Test
    void aLinkRetargetedToAnotherBlobIsADigestMismatch() throws Exception {
        Files.write(repo.resolve("blobs/0ther"), new byte[20_000]); // same size, other content
        Files.delete(snapshot.resolve("model.safetensors"));
        Files.createSymbolicLink(snapshot.resolve("model.safetensors"), Path.of("../../blobs/0ther"));
        assertRefused(policy().followSymlinksWithin(repo).build(), Reason.ARTIFACT_DIGEST_MISMATCH,
                "model.safetensors");
    }

    @Test
    void aLinkRetargetedOutsideTheBoundaryIsRefused() throws Exception {
        Path outside = Files.write(temp.resolve("hub/elsewhere.bin"), Files.readAllBytes(weightsBlob));
        Files.delete(snapshot.resolve("model.safetensors"));
        Files.createSymbolicLink(snapshot.resolve("model.safetensors"), outside);
        assertRefused(policy().followSymlinksWithin(repo).build(), Reason.ARTIFACT_UNREADABLE, "symlink boundary");
    }

    @Test
    void anAddedLinkIsUnexpected() throws Exception {
        Files.writeString(repo.resolve("blobs/ex7ra"), "extra", StandardCharsets.UTF_8);
        Files.createSymbolicLink(snapshot.resolve("extra.txt"), Path.of("../../blobs/ex7ra"));
        assertRefused(policy().followSymlinksWithin(repo).build(), Reason.ARTIFACT_UNEXPECTED, "extra.txt");
    }

    private void assertRefused(Policy policy, Reason reason, String inMessage) {
        assertThatThrownBy(() -> Verifier.builder().policy(policy).build().verify(ModelFiles.of(snapshot), EnvelopeSource.file(envelope)))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(inMessage);
                });
    }
}
