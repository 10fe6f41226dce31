package dev.mlbom.hash;

import static dev.mlbom.hash.TestFiles.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.model.Artifact;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.internal.Hex;
import dev.mlbom.model.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtifactHasherTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, MIB - 1, MIB, MIB + 1, 2 * MIB + 16 * 1024 + 5})
    void perFileDigestsEqualMessageDigestOverTheWholeFile(int size) throws Exception {
        byte[] content = TestFiles.bytes(size, size);
        TestFiles.write(dir, "model.bin", content);
        ArtifactHasher hasher = ArtifactHasher.builder()
                .algorithms(HashAlgorithm.SHA256, HashAlgorithm.SHA384, HashAlgorithm.SHA512)
                .build();

        List<Artifact> artifacts = hasher.hashDirectory(dir);

        assertThat(artifacts).hasSize(1);
        Artifact artifact = artifacts.get(0);
        assertThat(artifact.path()).isEqualTo("model.bin");
        assertThat(artifact.size()).isEqualTo(size);
        assertThat(artifact.sharded()).isFalse();
        assertThat(artifact.digests()).extracting(Digest::algorithm)
                .containsExactly(HashAlgorithm.SHA256, HashAlgorithm.SHA384, HashAlgorithm.SHA512);
        assertThat(artifact.digest(HashAlgorithm.SHA256).orElseThrow().hex())
                .isEqualTo(TestFiles.digest("SHA-256", content, 0, size));
        assertThat(artifact.digest(HashAlgorithm.SHA384).orElseThrow().hex())
                .isEqualTo(TestFiles.digest("SHA-384", content, 0, size));
        assertThat(artifact.digest(HashAlgorithm.SHA512).orElseThrow().hex())
                .isEqualTo(TestFiles.digest("SHA-512", content, 0, size));
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000_003, MIB + 3, 700_000, 5 * MIB})
    void shardsCoverTheFileAndEachEqualsMessageDigestOverItsRange(long shardSize) throws Exception {
        int size = 3 * MIB + 12_345;
        byte[] content = TestFiles.bytes(size, 7);
        TestFiles.write(dir, "w/model.bin", content);
        ArtifactHasher hasher = ArtifactHasher.builder().sharded(shardSize).threads(3).build();

        Artifact artifact = hasher.hashDirectory(dir).get(0);

        assertThat(artifact.sharded()).isTrue();
        assertThat(artifact.digests()).isEmpty();
        List<Shard> shards = artifact.shards();
        assertThat(shards).hasSize((int) ((size + shardSize - 1) / shardSize));
        long expectedStart = 0;
        for (Shard shard : shards) {
            assertThat(shard.start()).isEqualTo(expectedStart);
            assertThat(shard.end()).isEqualTo(Math.min(size, expectedStart + shardSize));
            assertThat(shard.digests()).singleElement().isEqualTo(new Digest(HashAlgorithm.SHA256,
                    TestFiles.digest("SHA-256", content, (int) shard.start(), (int) shard.end())));
            assertThat(shard.name(artifact.path())).isEqualTo("w/model.bin:" + shard.start() + ":" + shard.end());
            expectedStart = shard.end();
        }
        assertThat(expectedStart).isEqualTo(size);
    }

    @Test
    void shardedModeGivesSmallAndEmptyFilesOneShard() throws Exception {
        TestFiles.write(dir, "empty", new byte[0]);
        byte[] small = TestFiles.bytes(100, 1);
        TestFiles.write(dir, "small", small);

        List<Artifact> artifacts = ArtifactHasher.builder().sharded().build().hashDirectory(dir);

        assertThat(artifacts).extracting(Artifact::path).containsExactly("empty", "small");
        Shard empty = artifacts.get(0).shards().get(0);
        assertThat(artifacts.get(0).shards()).hasSize(1);
        assertThat(empty.start()).isZero();
        assertThat(empty.end()).isZero();
        assertThat(empty.digests().get(0).hex()).isEqualTo(TestFiles.sha256(new byte[0]));
        assertThat(artifacts.get(1).shards()).singleElement()
                .isEqualTo(new Shard(0, 100, List.of(new Digest(HashAlgorithm.SHA256, TestFiles.sha256(small)))));
    }

    @Test
    void shardedModeWithSeveralAlgorithmsHashesEachShardWithAll() throws Exception {
        byte[] content = TestFiles.bytes(50_000, 3);
        TestFiles.write(dir, "m", content);

        Artifact artifact = ArtifactHasher.builder().algorithms(HashAlgorithm.BLAKE3, HashAlgorithm.SHA512)
                .sharded(20_000).build().hashDirectory(dir).get(0);

        assertThat(artifact.shards()).hasSize(3);
        for (Shard shard : artifact.shards()) {
            // the model keeps digests in algorithm order, whatever order they were asked for in
            assertThat(shard.digests()).extracting(Digest::algorithm)
                    .containsExactly(HashAlgorithm.SHA512, HashAlgorithm.BLAKE3);
            assertThat(shard.digests().get(0).hex())
                    .isEqualTo(TestFiles.digest("SHA-512", content, (int) shard.start(), (int) shard.end()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 2048, 8193, 31744, 102400})
    void blake3MatchesTheOfficialTestVectors(int length) throws Exception {
        // BLAKE3 test_vectors.json: input byte i is (i % 251); 32-byte default output
        java.util.Map<Integer, String> expected = java.util.Map.of(
                0, "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262",
                1, "2d3adedff11b61f14c886e35afa036736dcd87a74d27b5c1510225d0f592e213",
                1023, "10108970eeda3eb932baac1428c7a2163b0e924c9a9e25b35bba72b28f70bd11",
                1024, "42214739f095a406f3fc83deb889744ac00df831c10daa55189b5d121c855af7",
                1025, "d00278ae47eb27b34faecf67b4fe263f82d5412916c1ffd97c8cb7fb814b8444",
                2048, "e776b6028c7cd22a4d0ba182a8bf62205d2ef576467e838ed6f2529b85fba24a",
                8193, "bab6c09cb8ce8cf459261398d2e7aef35700bf488116ceb94a36d0f5f1b7bc3b",
                31744, "62b6960e1a44bcc1eb1a611a8d6235b6b4b78f32e7abc4fb4c6cdcce94895c47",
                102400, "bc3e3d41a1146b069abffad3c0d44860cf664390afce4d9661f7902e7943e085");
        byte[] input = new byte[length];
        for (int i = 0; i < length; i++) {
            input[i] = (byte) (i % 251);
        }
        TestFiles.write(dir, "v", input);

        Artifact artifact = ArtifactHasher.builder().algorithms(HashAlgorithm.BLAKE3).build().hashFile(dir, "v");

        assertThat(artifact.digest(HashAlgorithm.BLAKE3).orElseThrow().hex()).isEqualTo(expected.get(length));
    }

    @Test
    void blake3OverSeveralBuffersEqualsOneShotBouncyCastle() throws Exception {
        byte[] content = TestFiles.bytes(2 * MIB + 777, 11);
        TestFiles.write(dir, "big", content);
        org.bouncycastle.crypto.digests.Blake3Digest reference = new org.bouncycastle.crypto.digests.Blake3Digest(256);
        reference.update(content, 0, content.length);
        byte[] out = new byte[32];
        reference.doFinal(out, 0);

        Artifact artifact = ArtifactHasher.builder().algorithms(HashAlgorithm.SHA256, HashAlgorithm.BLAKE3)
                .build().hashFile(dir, "big");

        assertThat(artifact.digest(HashAlgorithm.BLAKE3).orElseThrow().hex()).isEqualTo(Hex.encode(out));
        assertThat(artifact.digest(HashAlgorithm.SHA256).orElseThrow().hex()).isEqualTo(TestFiles.sha256(content));
    }

    @Test
    void orderIsSortedByPathWithStringCompareToWhateverTheThreadCount() throws Exception {
        List<String> paths = new ArrayList<>(List.of("b.bin", "a/z.bin", "a.b", "A.txt", "a/b/c.bin", "a-x", "_", "z"));
        Collections.shuffle(paths, new java.util.Random(5));
        for (String path : paths) {
            TestFiles.write(dir, path, TestFiles.bytes(path.length() * 1000, path.hashCode()));
        }

        List<Artifact> one = ArtifactHasher.builder().threads(1).build().hashDirectory(dir);
        List<Artifact> four = ArtifactHasher.builder().threads(4).build().hashDirectory(dir);

        List<String> sorted = new ArrayList<>(paths);
        Collections.sort(sorted);
        assertThat(one).extracting(Artifact::path).containsExactlyElementsOf(sorted);
        assertThat(one).extracting(Artifact::path)
                .containsExactly("A.txt", "_", "a-x", "a.b", "a/b/c.bin", "a/z.bin", "b.bin", "z");
        assertThat(four).isEqualTo(one);
    }

    @Test
    void listenerSeesMonotoneProgressEndingAtTheTotal() throws Exception {
        TestFiles.write(dir, "a", TestFiles.bytes(3 * MIB + 1, 1));
        TestFiles.write(dir, "b", TestFiles.bytes(10, 2));
        TestFiles.write(dir, "c", new byte[0]);
        long total = 3L * MIB + 1 + 10;
        List<long[]> calls = Collections.synchronizedList(new ArrayList<>());
        List<String> paths = Collections.synchronizedList(new ArrayList<>());

        ArtifactHasher.builder().threads(2).sharded(MIB)
                .listener((path, done, all) -> {
                    calls.add(new long[] {done, all});
                    paths.add(path);
                })
                .build().hashDirectory(dir);

        assertThat(calls).isNotEmpty();
        long previous = 0;
        for (long[] call : calls) {
            assertThat(call[1]).isEqualTo(total);
            assertThat(call[0]).isGreaterThan(previous);
            previous = call[0];
        }
        assertThat(previous).isEqualTo(total);
        assertThat(paths).contains("a", "b").doesNotContain("c");
    }

    @Test
    void defaultIgnoreRulesSkipVcsMetadataAndMlbomFiles() throws Exception {
        TestFiles.write(dir, "model.safetensors", TestFiles.bytes(10, 1));
        TestFiles.write(dir, "config.json", TestFiles.bytes(10, 2));
        TestFiles.write(dir, ".git/HEAD", TestFiles.bytes(10, 3));
        TestFiles.write(dir, ".github/workflows/ci.yml", TestFiles.bytes(10, 3));
        TestFiles.write(dir, ".gitattributes", TestFiles.bytes(10, 4));
        TestFiles.write(dir, ".gitignore", TestFiles.bytes(10, 4));
        TestFiles.write(dir, "model.mlbom.json", TestFiles.bytes(10, 5));
        TestFiles.write(dir, "sub/.git/config", TestFiles.bytes(10, 3));
        TestFiles.write(dir, "sub/x.bin", TestFiles.bytes(10, 6));

        ArtifactHasher hasher = ArtifactHasher.builder().build();

        assertThat(hasher.hashDirectory(dir)).extracting(Artifact::path)
                .containsExactly("config.json", "model.safetensors", "sub/x.bin");
        assertThat(hasher.listFiles(dir)).containsExactly("config.json", "model.safetensors", "sub/x.bin");
        assertThat(ArtifactHasher.builder().ignore(IgnoreRules.none()).build().listFiles(dir)).hasSize(9);
        assertThat(ArtifactHasher.builder().ignore(IgnoreRules.defaults().plus("*.json")).build().listFiles(dir))
                .containsExactly("model.safetensors", "sub/x.bin");
    }

    @Test
    void hashFilesHashesExactlyTheNamedFilesSortedAndHashFileIgnoresIgnoreRules() throws Exception {
        byte[] a = TestFiles.bytes(5000, 1);
        byte[] b = TestFiles.bytes(6000, 2);
        TestFiles.write(dir, "d/a.bin", a);
        TestFiles.write(dir, "b.bin", b);
        TestFiles.write(dir, "other.bin", TestFiles.bytes(1, 3));
        TestFiles.write(dir, "x.mlbom.json", b);
        ArtifactHasher hasher = ArtifactHasher.builder().build();

        List<Artifact> artifacts = hasher.hashFiles(dir, List.of("d/a.bin", "b.bin"), new CancellationToken());

        assertThat(artifacts).containsExactly(
                new Artifact("b.bin", 6000, List.of(new Digest(HashAlgorithm.SHA256, TestFiles.sha256(b)))),
                new Artifact("d/a.bin", 5000, List.of(new Digest(HashAlgorithm.SHA256, TestFiles.sha256(a)))));
        assertThat(hasher.hashFiles(dir, List.of(), new CancellationToken())).isEmpty();
        assertThat(hasher.hashFile(dir, "x.mlbom.json").digests().get(0).hex()).isEqualTo(TestFiles.sha256(b));
        assertThatThrownBy(() -> hasher.hashFiles(dir, List.of("b.bin", "b.bin"), new CancellationToken()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hashFile(dir, "../b.bin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void symlinksInsideTheRootAreFollowedWhenAskedAndRecordedUnderTheLinkPath() throws Exception {
        byte[] content = TestFiles.bytes(4000, 9);
        TestFiles.write(dir, "blobs/abc", content);
        Files.createDirectories(dir.resolve("snap"));
        Files.createSymbolicLink(dir.resolve("snap/model.bin"), Path.of("../blobs/abc"));
        Files.createSymbolicLink(dir.resolve("linked-dir"), Path.of("blobs"));
        ArtifactHasher hasher = ArtifactHasher.builder().followSymlinksInsideRoot().build();

        List<Artifact> artifacts = hasher.hashDirectory(dir);

        assertThat(artifacts).extracting(Artifact::path).containsExactly("blobs/abc", "linked-dir/abc", "snap/model.bin");
        assertThat(artifacts).allSatisfy(a -> assertThat(a.digests().get(0).hex()).isEqualTo(TestFiles.sha256(content)));
        assertThat(hasher.hashFile(dir, "linked-dir/abc").digests()).isEqualTo(artifacts.get(0).digests());
    }

    @Test
    void theModelRootMayBeReachedThroughASymlink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        TestFiles.write(real, "m.bin", TestFiles.bytes(10, 1));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        assertThat(ArtifactHasher.builder().build().hashDirectory(link)).extracting(Artifact::path)
                .containsExactly("m.bin");
    }

    @Test
    void cancellingThroughTheTokenThrowsCancelledAndLeavesNoThreads() throws Exception {
        TestFiles.write(dir, "a", TestFiles.bytes(4 * MIB, 1));
        TestFiles.write(dir, "b", TestFiles.bytes(4 * MIB, 2));
        CancellationToken token = new CancellationToken();
        AtomicLong calls = new AtomicLong();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(2)
                .listener((path, done, total) -> {
                    if (calls.incrementAndGet() == 1) {
                        token.cancel();
                    }
                })
                .build();

        assertThatThrownBy(() -> hasher.hashDirectory(dir, token))
                .isInstanceOfSatisfying(HashingException.class,
                        e -> assertThat(e.reason()).isEqualTo(HashingException.Reason.CANCELLED));
        assertThat(calls.get()).isLessThan(8);
        assertThat(TestFiles.hashThreads()).isZero();
    }

    @Test
    void aCancelledTokenOrAnInterruptedCallerCancelsBeforeReading() throws Exception {
        TestFiles.write(dir, "a", TestFiles.bytes(10, 1));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        CancellationToken token = new CancellationToken();
        token.cancel();

        assertThatThrownBy(() -> hasher.hashDirectory(dir, token))
                .isInstanceOfSatisfying(HashingException.class,
                        e -> assertThat(e.reason()).isEqualTo(HashingException.Reason.CANCELLED));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> hasher.hashDirectory(dir))
                    .isInstanceOfSatisfying(HashingException.class,
                            e -> assertThat(e.reason()).isEqualTo(HashingException.Reason.CANCELLED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(TestFiles.hashThreads()).isZero();
    }

    @Test
    void interruptingTheCallerMidHashCancelsAndKeepsTheInterruptFlag() throws Exception {
        TestFiles.write(dir, "a", TestFiles.bytes(4 * MIB, 1));
        Thread caller = Thread.currentThread();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> caller.interrupt())
                .build();
        try {
            assertThatThrownBy(() -> hasher.hashDirectory(dir))
                    .isInstanceOfSatisfying(HashingException.class,
                            e -> assertThat(e.reason()).isEqualTo(HashingException.Reason.CANCELLED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(TestFiles.hashThreads()).isZero();
    }

    @Test
    void aListenerExceptionStopsHashingAndIsRethrown() throws Exception {
        TestFiles.write(dir, "a", TestFiles.bytes(3 * MIB, 1));
        ArtifactHasher hasher = ArtifactHasher.builder()
                .listener((path, done, total) -> {
                    throw new IllegalStateException("bar broke");
                })
                .build();

        assertThatThrownBy(() -> hasher.hashDirectory(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessage("bar broke");
        assertThat(TestFiles.hashThreads()).isZero();
    }

    @Test
    void builderStatesDefaultsAndRejectsMisuse() {
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        assertThat(hasher.algorithms()).containsExactly(HashAlgorithm.SHA256);
        assertThat(hasher.shardSize()).isEmpty();
        assertThat(hasher.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(hasher.ignoreRules()).isEqualTo(IgnoreRules.defaults());
        assertThat(hasher.followsSymlinksInsideRoot()).isFalse();
        assertThat(ArtifactHasher.builder().sharded().build().shardSize()).hasValue(1_000_000_000L);
        assertThat(ArtifactHasher.builder().sharded(5).perFile().build().shardSize()).isEmpty();
        assertThat(ArtifactHasher.builder().algorithms(HashAlgorithm.BLAKE3, HashAlgorithm.SHA256, HashAlgorithm.BLAKE3)
                .build().algorithms()).containsExactly(HashAlgorithm.BLAKE3, HashAlgorithm.SHA256);

        assertThatThrownBy(() -> ArtifactHasher.builder().sharded(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArtifactHasher.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArtifactHasher.builder().algorithms().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void perFileIsNotAffectedByFilesLargerThanTheBufferOnSeveralThreads() throws IOException, HashingException {
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] content = TestFiles.bytes(MIB + i * 1000, i);
            contents.add(content);
            TestFiles.write(dir, "f" + i, content);
        }

        List<Artifact> artifacts = ArtifactHasher.builder().threads(3).build().hashDirectory(dir);

        for (int i = 0; i < 6; i++) {
            assertThat(artifacts.get(i).digests().get(0).hex()).isEqualTo(TestFiles.sha256(contents.get(i)));
        }
    }
}
