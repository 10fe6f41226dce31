package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.model.Artifact;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import dev.mlbom.model.Shard;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.mlbom.testing.TempTrees;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ShardingProperties {

    @Property(tries = 25)
    void shardsAreContiguousAndEachDigestIsTheDigestOfItsRange(
            @ForAll @IntRange(min = 0, max = 3_000_000) int size,
            @ForAll @LongRange(min = 1, max = 2_500_000) long shardSize,
            @ForAll @IntRange(min = 1, max = 4) int threads) throws Exception {
        Path dir = Files.createTempDirectory("mlbom-shards");
        try {
            byte[] content = TestFiles.bytes(size, size ^ shardSize);
            TestFiles.write(dir, "f", content);
            ArtifactHasher hasher = ArtifactHasher.builder().sharded(Math.max(shardSize, 1 + size / 50))
                    .threads(threads).build();
            long effectiveShard = hasher.shardSize().orElseThrow();

            Artifact artifact = hasher.hashDirectory(dir).get(0);

            long expectedStart = 0;
            for (Shard shard : artifact.shards()) {
                assertThat(shard.start()).isEqualTo(expectedStart);
                assertThat(shard.length()).isLessThanOrEqualTo(effectiveShard);
                assertThat(shard.digests()).containsExactly(new Digest(HashAlgorithm.SHA256,
                        TestFiles.digest("SHA-256", content, (int) shard.start(), (int) shard.end())));
                expectedStart = shard.end();
            }
            assertThat(expectedStart).isEqualTo(size);
            assertThat(artifact.shards()).hasSize(size == 0 ? 1 : (int) ((size + effectiveShard - 1) / effectiveShard));
        } finally {
            TempTrees.delete(dir);
        }
    }
}
