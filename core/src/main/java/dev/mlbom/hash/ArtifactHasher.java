package dev.mlbom.hash;

import dev.mlbom.hash.internal.FileEntry;
import dev.mlbom.hash.internal.HashJob;
import dev.mlbom.hash.internal.ModelScanner;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.HashAlgorithm;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import dev.mlbom.internal.ArtifactPath;
import dev.mlbom.model.Shard;
import dev.mlbom.hash.internal.MultiDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Hashes a model file or a model directory into artifacts: relative POSIX path, size and digests.
 *
 * <pre>{@code
 * ArtifactHasher hasher = ArtifactHasher.builder()
 *         .algorithms(HashAlgorithm.SHA256, HashAlgorithm.BLAKE3)
 *         .sharded()                       // 1,000,000,000-byte shards, hashed in parallel
 *         .listener((path, done, total) -> bar.update(done, total))
 *         .build();
 * List<Artifact> artifacts = hasher.hashDirectory(Path.of("models/llama"));
 * }</pre>
 *
 * <p><b>Modes.</b> Per file (the default): each file gets whole-file digests; files are hashed in
 * parallel. Sharded ({@link Builder#sharded(long)}): each file is cut into {@code [start, end)}
 * shards of the shard size (the last one shorter), named {@code path:start:end} as in OpenSSF
 * Model Signing, and the shards are hashed in parallel, so one huge file keeps every thread busy.
 * In sharded mode every file has at least one shard; an empty file has the single shard
 * {@code [0, 0)}.
 *
 * <p><b>Order.</b> Artifacts and listed files are sorted by path with {@link String#compareTo};
 * digests appear in the order the algorithms were given; the result does not depend on the
 * thread count or on the order the file system lists entries.
 *
 * <p><b>What is hashed.</b> Regular files below the model directory, minus those the
 * {@link IgnoreRules} skip (by default VCS metadata and {@code *.mlbom.json}). The model directory
 * itself may be reached through a symlink. Symbolic links inside it are rejected
 * ({@code SYMLINK_REJECTED}) unless {@link Builder#followSymlinksInsideRoot()} is set; even then
 * a link whose real path leaves the model directory's real path is rejected
 * ({@code SYMLINK_ESCAPES_ROOT}), as is a link loop. {@link Builder#followSymlinksWithin(Path)}
 * widens the boundary to a directory around the model, for caches that keep a snapshot's files as
 * links to a sibling store (the Hugging Face hub cache: {@code snapshots/<rev>/*} link to
 * {@code ../../blobs/<hash>}); artifacts are still recorded under their link's path. FIFOs, sockets and devices are rejected
 * ({@code SPECIAL_FILE}). Directories may nest at most {@value #MAX_DEPTH} levels below the model
 * directory; a deeper tree is refused ({@code TOO_DEEP}) with the path of the first directory too
 * deep. A directory with nothing to hash is an error ({@code EMPTY_MODEL}).
 *
 * <p><b>Changes while hashing.</b> Each file's status is read without opening it when it is listed,
 * again right before it is opened, and again after its last byte is read: its type, file key
 * (device and inode), size, modification time and, where the file system reports it (POSIX), its
 * status change time ({@code ctime}). Any difference is an error ({@code FILE_CHANGED}), never a
 * silent wrong digest. A file replaced by a FIFO, socket or device after it was listed is refused
 * before it is opened; should the replacement land in the instant between that check and the open,
 * the open of a FIFO blocks, but the call does not: a worker that has not moved for a quarter of a
 * second has its file's status checked from the calling thread, and the call fails with
 * {@code FILE_CHANGED}.
 *
 * <p><b>What a successful result guarantees (verify-then-load).</b> Each digest is that of the bytes
 * read, and every file kept its type, file key, size, modification time and status change time
 * from listing until after its last byte was read. Since an ordinary write (or a {@code touch}
 * that restores the modification time) advances the status change time, a change made through the
 * file system by an unprivileged process while a file was hashed is detected, except one that
 * lands within the file system's timestamp granularity (a few milliseconds on Linux) of the
 * previous change to the same file, or on a file system that reports no status change time. Not
 * covered: a privileged process (one that can set the clock, write the block device, or use
 * memory mappings that bypass time stamps), and anything that happens after the call returns.
 * Loading the files afterwards by path is a separate read: to make the check mean something,
 * load from a directory no untrusted party can write to (e.g. a read-only copy or mount owned by
 * the loading service), or hash and load the same open bytes.
 *
 *
 * <p><b>Resources.</b> Each call runs on its own pool of at most {@link #threads()} daemon threads,
 * which have all stopped when the call returns or throws, with one exception: a thread blocked in
 * an {@code open()} that never returns (a FIFO put in a file's place, which the JDK cannot
 * interrupt) is waited for 200 ms, then left behind interrupted; it holds no open file and ends as
 * soon as its {@code open()} returns. The calling thread never waits on a worker without bound. Files are read with positional
 * {@code FileChannel} reads of {@value #BUFFER_SIZE} bytes into one reused heap buffer per thread
 * (the JDK stages each read in one cached direct buffer of the same size per thread, freed when
 * the thread ends). A call therefore needs at most {@code threads x 2 MiB} of buffer memory
 * (1 MiB on the heap and 1 MiB off-heap per thread; 4 MiB for 2 threads) plus a few hundred
 * bytes per file or shard for the results, whatever the size of the model.
 *
 * <p><b>Cancellation.</b> {@link CancellationToken#cancel()} or interrupting the calling thread
 * makes the call throw {@code CANCELLED} within one buffer read per thread, or within 50 ms when
 * a worker is blocked (e.g. in an {@code open()}); the interrupt flag is kept.
 *
 * <p>Instances are immutable and thread-safe; one hasher can serve concurrent calls.
 */
public final class ArtifactHasher {

    /** The default shard size of sharded mode: 1,000,000,000 bytes, as in OpenSSF Model Signing. */
    public static final long DEFAULT_SHARD_SIZE = 1_000_000_000L;

    /**
     * The deepest directory nesting hashed: a file may sit at most this many directories below the
     * model directory ({@code TOO_DEEP} beyond).
     */
    public static final int MAX_DEPTH = 256;

    /** Bytes per read and per worker buffer: 1 MiB. */
    public static final int BUFFER_SIZE = 1 << 20;

    private final List<HashAlgorithm> algorithms;
    private final long shardSize;
    private final int threads;
    private final IgnoreRules ignore;
    private final boolean followSymlinks;
    private final Path symlinkBoundary;
    private final HashProgressListener listener;
    private final ModelScanner scanner;

    private ArtifactHasher(Builder builder) {
        this.algorithms = List.copyOf(builder.algorithms);
        this.shardSize = builder.shardSize;
        this.threads = builder.threads;
        this.ignore = builder.ignore;
        this.followSymlinks = builder.followSymlinks || builder.symlinkBoundary != null;
        this.symlinkBoundary = builder.symlinkBoundary;
        this.listener = builder.listener;
        this.scanner = new ModelScanner(ignore, followSymlinks, symlinkBoundary);
    }

    /**
     * Starts a builder. Defaults: SHA-256, per-file mode, one thread per available processor,
     * {@link IgnoreRules#defaults()}, symlinks rejected, no listener.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Hashes every file of a model directory.
     *
     * @param modelDir the model directory
     * @return one artifact per file, sorted by path; never empty
     * @throws HashingException NOT_FOUND, NOT_A_DIRECTORY, SYMLINK_REJECTED, SYMLINK_ESCAPES_ROOT,
     *     SPECIAL_FILE, INVALID_PATH, TOO_DEEP, FILE_CHANGED, EMPTY_MODEL, IO_ERROR or CANCELLED (interrupt)
     */
    public List<Artifact> hashDirectory(Path modelDir) throws HashingException {
        return hashDirectory(modelDir, new CancellationToken());
    }

    /**
     * Hashes every file of a model directory; cancellable.
     *
     * @param modelDir the model directory
     * @param token cancels the call when {@linkplain CancellationToken#cancel() cancelled}
     * @return one artifact per file, sorted by path; never empty
     * @throws HashingException as {@link #hashDirectory(Path)}, and CANCELLED
     */
    public List<Artifact> hashDirectory(Path modelDir, CancellationToken token) throws HashingException {
        Objects.requireNonNull(token, "token");
        ModelScanner.Listing listing = scanner.scan(modelDir);
        if (listing.files().isEmpty()) {
            throw new HashingException(HashingException.Reason.EMPTY_MODEL, listing.ignored() == 0
                    ? "model directory " + modelDir + " holds no file; point at the directory with the model files"
                    : "model directory " + modelDir + " holds no file to hash: all " + listing.ignored()
                            + " entries are ignored by " + ignore + "; point at the model files or change the ignore rules");
        }
        return job(token).run(listing.files());
    }

    /**
     * Hashes one file of a model directory, under the same symlink rules (ignore rules do not apply).
     *
     * @param modelDir the model directory
     * @param relativePath the file's artifact path, e.g. {@code weights/model-00001.safetensors}
     * @return its artifact
     * @throws HashingException NOT_FOUND, NOT_A_DIRECTORY, NOT_A_REGULAR_FILE, SYMLINK_REJECTED,
     *     SYMLINK_ESCAPES_ROOT, SPECIAL_FILE, TOO_DEEP, FILE_CHANGED, IO_ERROR or CANCELLED
     * @throws IllegalArgumentException when {@code relativePath} is not a valid artifact path
     */
    public Artifact hashFile(Path modelDir, String relativePath) throws HashingException {
        return hashFiles(modelDir, List.of(relativePath), new CancellationToken()).get(0);
    }

    /**
     * Hashes exactly the named files of a model directory, e.g. the artifacts a manifest lists,
     * in parallel. Ignore rules do not apply; symlink and special-file rules do.
     *
     * @param modelDir the model directory
     * @param relativePaths artifact paths, no repeats; may be empty
     * @param token cancels the call when {@linkplain CancellationToken#cancel() cancelled}
     * @return one artifact per path, sorted by path
     * @throws HashingException as {@link #hashFile(Path, String)}
     * @throws IllegalArgumentException when a path is invalid or repeated
     */
    public List<Artifact> hashFiles(Path modelDir, Collection<String> relativePaths, CancellationToken token)
            throws HashingException {
        Objects.requireNonNull(token, "token");
        List<String> sorted = new ArrayList<>(relativePaths);
        sorted.sort(null);
        Set<String> seen = new HashSet<>();
        List<FileEntry> files = new ArrayList<>(sorted.size());
        for (String path : sorted) {
            if (!seen.add(path)) {
                throw new IllegalArgumentException("path '" + path + "' is named twice");
            }
            files.add(scanner.resolve(modelDir, path));
        }
        if (files.isEmpty()) {
            return List.of();
        }
        return job(token).run(files);
    }

    /**
     * Hashes one artifact read from a stream: a file of a model that is not on disk (a blob in a
     * registry, an entry in an archive), with this hasher's algorithms and shard size, on the
     * calling thread. The stream must deliver exactly {@code size} bytes.
     *
     * @param path the artifact path to record, e.g. {@code weights/model.safetensors}
     * @param size the number of bytes the stream must deliver
     * @param in the bytes; read to the end of {@code size} and not closed
     * @param token cancels the call between buffers
     * @return the artifact (sharded when this hasher shards)
     * @throws HashingException FILE_CHANGED when the stream delivers fewer or more bytes,
     *     IO_ERROR when it fails, CANCELLED when cancelled or interrupted
     * @throws IllegalArgumentException when {@code path} is not a valid artifact path or size is negative
     */
    public Artifact hashStream(String path, long size, InputStream in, CancellationToken token)
            throws HashingException {
        ArtifactPath.require(path);
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(token, "token");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
        MultiDigest digest = new MultiDigest(algorithms);
        byte[] buffer = new byte[(int) Math.min(BUFFER_SIZE, Math.max(1, size))];
        List<Shard> shards = new ArrayList<>();
        long done = 0;
        long shardStart = 0;
        try {
            while (done < size) {
                if (token.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw new HashingException(HashingException.Reason.CANCELLED, "hashing of " + path
                            + " was cancelled after " + done + " of " + size + " bytes");
                }
                long shardEnd = shardSize == 0 ? size : Math.min(size, shardStart + shardSize);
                int want = (int) Math.min(buffer.length, shardEnd - done);
                int read = in.read(buffer, 0, want);
                if (read < 0) {
                    throw new HashingException(HashingException.Reason.FILE_CHANGED, path + " ended after " + done
                            + " bytes but " + size + " were expected; the source changed or was truncated");
                }
                digest.update(buffer, 0, read);
                done += read;
                listener.onProgress(path, done, size);
                if (shardSize != 0 && done == shardEnd) {
                    shards.add(new Shard(shardStart, shardEnd, digest.finish()));
                    digest.reset();
                    shardStart = shardEnd;
                }
            }
            if (in.read() >= 0) {
                throw new HashingException(HashingException.Reason.FILE_CHANGED, path + " has more than the " + size
                        + " bytes expected; the source changed");
            }
        } catch (IOException e) {
            throw new HashingException(HashingException.Reason.IO_ERROR, "cannot read " + path + ": " + e.getMessage(),
                    e);
        }
        if (shardSize == 0) {
            return new Artifact(path, size, digest.finish());
        }
        if (shards.isEmpty()) {
            shards.add(new Shard(0, 0, digest.finish()));
        }
        return new Artifact(path, size, List.of(), shards);
    }

    /**
     * Lists the files {@link #hashDirectory(Path)} would hash, under the same ignore and symlink
     * rules, without reading them (e.g. to find files a manifest does not list).
     *
     * @param modelDir the model directory
     * @return artifact paths sorted by path; empty when there is nothing to hash
     * @throws HashingException NOT_FOUND, NOT_A_DIRECTORY, SYMLINK_REJECTED, SYMLINK_ESCAPES_ROOT,
     *     SPECIAL_FILE, INVALID_PATH, TOO_DEEP or IO_ERROR
     */
    public List<String> listFiles(Path modelDir) throws HashingException {
        return scanner.scan(modelDir).files().stream().map(FileEntry::path).toList();
    }

    /**
     * The digest algorithms, in the order digests are recorded.
     *
     * @return at least one algorithm
     */
    public List<HashAlgorithm> algorithms() {
        return algorithms;
    }

    /**
     * The shard size in sharded mode.
     *
     * @return the shard size in bytes, or empty in per-file mode
     */
    public OptionalLong shardSize() {
        return shardSize == 0 ? OptionalLong.empty() : OptionalLong.of(shardSize);
    }

    /**
     * The maximum number of worker threads per call.
     *
     * @return at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * The ignore rules.
     *
     * @return the rules
     */
    public IgnoreRules ignoreRules() {
        return ignore;
    }

    /**
     * Whether symlinks are followed (inside the model directory, or inside the symlink boundary).
     *
     * @return false by default
     */
    public boolean followsSymlinksInsideRoot() {
        return followSymlinks;
    }

    /**
     * The directory followed symlinks must stay in, when it is not the model directory.
     *
     * @return the boundary set with {@link Builder#followSymlinksWithin(Path)}, or empty
     */
    public Optional<Path> symlinkBoundary() {
        return Optional.ofNullable(symlinkBoundary);
    }

    private HashJob job(CancellationToken token) {
        return new HashJob(algorithms, shardSize, threads, BUFFER_SIZE, listener, token);
    }

    /**
     * Configures an {@link ArtifactHasher}. Not thread-safe; use from one thread, then
     * {@link #build()}.
     */
    public static final class Builder {

        private List<HashAlgorithm> algorithms = List.of(HashAlgorithm.SHA256);
        private long shardSize;
        private int threads = Runtime.getRuntime().availableProcessors();
        private IgnoreRules ignore = IgnoreRules.defaults();
        private boolean followSymlinks;
        private Path symlinkBoundary;
        private HashProgressListener listener = HashProgressListener.none();

        private Builder() {
        }

        /**
         * The digest algorithms, computed together in one read pass. Default: SHA-256 alone.
         *
         * @param algorithms at least one; repeats are dropped, order is kept
         * @return this builder
         */
        public Builder algorithms(HashAlgorithm... algorithms) {
            return algorithms(Arrays.asList(algorithms));
        }

        /**
         * The digest algorithms, computed together in one read pass. Default: SHA-256 alone.
         *
         * @param algorithms at least one; repeats are dropped, order is kept
         * @return this builder
         */
        public Builder algorithms(Collection<HashAlgorithm> algorithms) {
            for (HashAlgorithm algorithm : algorithms) {
                Objects.requireNonNull(algorithm, "algorithm");
            }
            this.algorithms = List.copyOf(new LinkedHashSet<>(algorithms));
            return this;
        }

        /**
         * Per-file mode: whole-file digests (the default).
         *
         * @return this builder
         */
        public Builder perFile() {
            this.shardSize = 0;
            return this;
        }

        /**
         * Sharded mode with the {@linkplain #DEFAULT_SHARD_SIZE default shard size}.
         *
         * @return this builder
         */
        public Builder sharded() {
            return sharded(DEFAULT_SHARD_SIZE);
        }

        /**
         * Sharded mode: files are cut into shards of this many bytes (the last one shorter).
         *
         * @param shardSize bytes per shard, positive
         * @return this builder
         */
        public Builder sharded(long shardSize) {
            if (shardSize <= 0) {
                throw new IllegalArgumentException("shard size must be positive, got " + shardSize);
            }
            this.shardSize = shardSize;
            return this;
        }

        /**
         * The maximum number of worker threads per call. Default:
         * {@link Runtime#availableProcessors()}.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The ignore rules. Default: {@link IgnoreRules#defaults()}; use
         * {@code IgnoreRules.defaults().plus(...)} to add patterns or {@link IgnoreRules#of} to
         * replace them.
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder ignore(IgnoreRules rules) {
            this.ignore = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Follows symbolic links whose real path stays inside the model directory's real path
         * (default: every symlink is rejected). Links that leave it are still rejected.
         *
         * @return this builder
         */
        public Builder followSymlinksInsideRoot() {
            this.followSymlinks = true;
            return this;
        }

        /**
         * Follows symbolic links whose real path stays inside {@code boundary}'s real path, which
         * may lie around the model directory: e.g. the Hugging Face cache folder
         * {@code models--org--name}, whose {@code snapshots/<rev>/} files link to
         * {@code ../../blobs/}. Links that leave the boundary, loops and links to special files are
         * still rejected. Artifacts are recorded under the link's path, with the target's digest.
         *
         * @param boundary an existing directory (checked when hashing)
         * @return this builder
         */
        public Builder followSymlinksWithin(Path boundary) {
            this.symlinkBoundary = Objects.requireNonNull(boundary, "boundary");
            return this;
        }

        /**
         * A progress listener. Default: none.
         *
         * @param listener called after every read, see {@link HashProgressListener}
         * @return this builder
         */
        public Builder listener(HashProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the hasher.
         *
         * @return an immutable hasher
         * @throws IllegalStateException when no algorithm is set
         */
        public ArtifactHasher build() {
            if (algorithms.isEmpty()) {
                throw new IllegalStateException("at least one hash algorithm is needed");
            }
            return new ArtifactHasher(this);
        }
    }
}
