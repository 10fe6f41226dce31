package dev.mlbom.cli.support;

import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.model.HashAlgorithm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The hashing options shared by {@code hash} and {@code sign} (a picocli mixin): algorithms, shard
 * size, threads, progress and the symlink boundary.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
public final class HashingOptions {

    @Option(names = {"-a", "--algorithm"}, split = ",", paramLabel = "ALG", converter = HashAlgorithmConverter.class,
            description = "Digest algorithm(s) for the model's files: sha256 (default), sha384, sha512, blake3.")
    List<HashAlgorithm> algorithms = new ArrayList<>();

    @Option(names = "--shard-size", paramLabel = "BYTES",
            description = "Hash each file in shards of this many bytes (as OpenSSF Model Signing does, for very "
                + "large files); default: whole files.")
    Long shardSize;

    @Option(names = "--threads", paramLabel = "N", converter = ThreadCountConverter.class,
            description = "Hashing threads; default: the number of processors.")
    Integer threads;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", converter = ProgressMode.Converter.class,
            description = "Hashing progress on stderr: auto (a bar on a terminal, else a plain line every 5 s), "
                + "bar, plain or none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Option(names = "--follow-symlinks-within", paramLabel = "DIR",
            description = "Follow symbolic links whose target stays inside DIR (e.g. a Hugging Face cache folder "
                + "models--org--name, whose snapshots link to ../../blobs); default: symlinks are rejected.")
    Path symlinkBoundary;

    /** Picocli creates the mixin. */
    public HashingOptions() {
    }

    /**
     * The progress mode chosen.
     *
     * @return the mode
     */
    public ProgressMode progress() {
        return progress;
    }

    /**
     * The shard size chosen.
     *
     * @return the shard size in bytes, or empty for whole files
     */
    public Optional<Long> shardSize() {
        return Optional.ofNullable(shardSize);
    }

    /**
     * A hasher configured by these options, reporting to a progress display.
     *
     * @param bar where progress goes
     * @return the hasher
     * @throws CliException when an option value is out of range
     */
    public ArtifactHasher hasher(Progress bar) throws CliException {
        ArtifactHasher.Builder builder = ArtifactHasher.builder().listener(bar::update);
        if (!algorithms.isEmpty()) {
            builder.algorithms(algorithms);
        }
        if (shardSize != null) {
            if (shardSize <= 0) {
                throw CliException.input("--shard-size must be a positive number of bytes, got " + shardSize);
            }
            builder.sharded(shardSize);
        }
        if (threads != null) {
            builder.threads(threads);
        }
        if (symlinkBoundary != null) {
            builder.followSymlinksWithin(symlinkBoundary);
        }
        return builder.build();
    }
}
