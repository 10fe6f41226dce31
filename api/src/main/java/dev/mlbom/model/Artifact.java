package dev.mlbom.model;

import dev.mlbom.internal.ArtifactPath;

import java.util.List;
import java.util.Optional;

/**
 * One file of a model: its path relative to the model directory, its size and its digests.
 *
 * <p>A file hashed whole carries {@code digests} and no shards. A file hashed in sharded mode
 * carries {@code shards} (contiguous, covering {@code [0, size)}, each with the same algorithms)
 * and no whole-file digests. Ordering: artifacts in a manifest are sorted by path (UTF-16 code
 * units, as {@link String#compareTo}).
 *
 * @param path relative POSIX path, see {@link ArtifactPath}
 * @param size the file size in bytes
 * @param digests whole-file digests, no algorithm twice, kept sorted by algorithm; empty when sharded
 * @param shards shard digests in order; empty when hashed whole
 */
public record Artifact(String path, long size, List<Digest> digests, List<Shard> shards) {

    /**
     * Checks the invariants and copies the lists.
     *
     * @throws IllegalArgumentException when the path, size, digests or shards are invalid
     */
    public Artifact {
        ArtifactPath.require(path);
        if (size < 0) {
            throw new IllegalArgumentException("artifact " + path + " has a negative size");
        }
        digests = Digests.sorted(digests);
        shards = List.copyOf(shards);
        Digests.requireNoRepeats(digests, "artifact " + path);
        if (digests.isEmpty() == shards.isEmpty()) {
            throw new IllegalArgumentException("artifact " + path
                    + " needs either whole-file digests or shards, not both and not neither");
        }
        checkShards(path, size, shards);
    }

    /**
     * Creates an artifact hashed whole.
     *
     * @param path relative POSIX path
     * @param size bytes
     * @param digests at least one digest
     */
    public Artifact(String path, long size, List<Digest> digests) {
        this(path, size, digests, List.of());
    }

    /**
     * Whether this file was hashed in sharded mode.
     *
     * @return true when {@link #shards()} is not empty
     */
    public boolean sharded() {
        return !shards.isEmpty();
    }

    /**
     * The whole-file digest of one algorithm.
     *
     * @param algorithm the algorithm wanted
     * @return the digest, or empty (always empty for a sharded artifact)
     */
    public Optional<Digest> digest(HashAlgorithm algorithm) {
        return Digests.find(digests, algorithm);
    }

    private static void checkShards(String path, long size, List<Shard> shards) {
        if (shards.isEmpty()) {
            return;
        }
        long expectedStart = 0;
        List<HashAlgorithm> algorithms = shards.get(0).digests().stream().map(Digest::algorithm).sorted().toList();
        for (Shard shard : shards) {
            if (shard.start() != expectedStart) {
                throw new IllegalArgumentException("artifact " + path + ": shard " + shard.name(path)
                        + " does not start where the previous one ended (" + expectedStart + ")");
            }
            if (!shard.digests().stream().map(Digest::algorithm).sorted().toList().equals(algorithms)) {
                throw new IllegalArgumentException("artifact " + path + ": shard " + shard.name(path)
                        + " uses other digest algorithms than the first shard");
            }
            expectedStart = shard.end();
        }
        if (expectedStart != size) {
            throw new IllegalArgumentException("artifact " + path + ": shards cover " + expectedStart
                    + " bytes but the file has " + size);
        }
    }
}
