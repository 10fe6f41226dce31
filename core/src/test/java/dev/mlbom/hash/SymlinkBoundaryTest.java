package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.hash.HashingException.Reason;
import dev.mlbom.model.Artifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code followSymlinksWithin(boundary)} on the Hugging Face hub cache layout:
 * {@code models--acme--bot/snapshots/<rev>/<file>} are links to {@code ../../blobs/<hash>}.
 */
class SymlinkBoundaryTest {

    @TempDir
    Path tmp;
    private Path repo;
    private Path snapshot;
    private byte[] config;
    private byte[] weights;

    @BeforeEach
    void huggingFaceCache() throws Exception {
        repo = Files.createDirectories(tmp.resolve("hub/models--acme--bot"));
        snapshot = Files.createDirectories(repo.resolve("snapshots/9f2c1e7"));
        config = TestFiles.bytes(300, 1);
        weights = TestFiles.bytes(3 * TestFiles.MIB + 17, 2);
        TestFiles.write(repo, "blobs/" + TestFiles.sha256(config), config);
        TestFiles.write(repo, "blobs/" + TestFiles.sha256(weights), weights);
        Files.createSymbolicLink(snapshot.resolve("config.json"), Path.of("../../blobs/" + TestFiles.sha256(config)));
        Files.createDirectories(snapshot.resolve("weights"));
        Files.createSymbolicLink(snapshot.resolve("weights/model.safetensors"),
                Path.of("../../../blobs/" + TestFiles.sha256(weights)));
        Files.writeString(repo.resolve("refs-main"), "9f2c1e7");
    }

    @Test
    void linksIntoTheBoundaryAreHashedUnderTheirOwnPaths() throws Exception {
        ArtifactHasher hasher = ArtifactHasher.builder().followSymlinksWithin(repo).build();

        List<Artifact> artifacts = hasher.hashDirectory(snapshot);

        assertThat(artifacts).extracting(Artifact::path).containsExactly("config.json", "weights/model.safetensors");
        assertThat(artifacts.get(0).digests().get(0).hex()).isEqualTo(TestFiles.sha256(config));
        assertThat(artifacts.get(1).digests().get(0).hex()).isEqualTo(TestFiles.sha256(weights));
        assertThat(artifacts.get(1).size()).isEqualTo(weights.length);
        assertThat(hasher.hashFile(snapshot, "weights/model.safetensors")).isEqualTo(artifacts.get(1));
        assertThat(hasher.followsSymlinksInsideRoot()).isTrue();
        assertThat(hasher.symlinkBoundary()).contains(repo);
    }

    @Test
    void shardedHashingFollowsTheLinksToo() throws Exception {
        List<Artifact> artifacts = ArtifactHasher.builder().followSymlinksWithin(repo).sharded(TestFiles.MIB).build()
                .hashDirectory(snapshot);
        assertThat(artifacts.get(1).shards()).hasSize(4);
    }

    @Test
    void withoutTheBoundaryTheSameLinksAreRejected() {
        assertThatThrownBy(() -> ArtifactHasher.builder().build().hashDirectory(snapshot))
                .isInstanceOfSatisfying(HashingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SYMLINK_REJECTED);
                    assertThat(e.getMessage()).contains("followSymlinksWithin");
                });
        assertThatThrownBy(() -> ArtifactHasher.builder().followSymlinksInsideRoot().build().hashDirectory(snapshot))
                .isInstanceOfSatisfying(HashingException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SYMLINK_ESCAPES_ROOT));
    }

    @Test
    void aLinkLeavingTheBoundaryIsStillRejected() throws Exception {
        Path secret = Files.writeString(tmp.resolve("hub/secret.txt"), "not part of the model");
        Files.createSymbolicLink(snapshot.resolve("escape.txt"), secret);
        ArtifactHasher hasher = ArtifactHasher.builder().followSymlinksWithin(repo).build();
        assertThatThrownBy(() -> hasher.hashDirectory(snapshot))
                .isInstanceOfSatisfying(HashingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SYMLINK_ESCAPES_ROOT);
                    assertThat(e.getMessage()).contains("escape.txt").contains("symlink boundary");
                });
        assertThatThrownBy(() -> hasher.hashFile(snapshot, "escape.txt")).isInstanceOf(HashingException.class);
    }

    @Test
    void aLinkToADirectoryAboveTheModelIsALoop() throws Exception {
        Files.createSymbolicLink(snapshot.resolve("up"), Path.of("../.."));
        assertThatThrownBy(() -> ArtifactHasher.builder().followSymlinksWithin(repo).build().hashDirectory(snapshot))
                .isInstanceOfSatisfying(HashingException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SYMLINK_REJECTED));
    }

    @Test
    void aMissingOrNonDirectoryBoundaryIsNamed() throws Exception {
        assertThatThrownBy(() -> ArtifactHasher.builder().followSymlinksWithin(tmp.resolve("nope")).build()
                .hashDirectory(snapshot))
                .isInstanceOfSatisfying(HashingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).contains("symlink boundary");
                });
        assertThatThrownBy(() -> ArtifactHasher.builder().followSymlinksWithin(repo.resolve("refs-main")).build()
                .hashDirectory(snapshot))
                .isInstanceOfSatisfying(HashingException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_DIRECTORY));
    }
}
