package dev.mlbom.benchmarks.hash;

import dev.mlbom.benchmarks.BytesPerOperation;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.model.Artifact;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Artifact hashing throughput over 4 GiB, SHA-256, two threads, data in the page cache.
 *
 * <ul>
 *   <li>{@code directoryPerFile}: {@link ArtifactHasher} in per-file mode over a model of 8 files
 *       of 512 MiB.</li>
 *   <li>{@code singleFileSharded}: {@link ArtifactHasher} in sharded mode over one 4 GiB file, with
 *       256 MiB shards (16 shards, both threads busy to the end) and with the default
 *       1,000,000,000-byte shards (5 shards, so one thread hashes 3).</li>
 *   <li>{@code limitInMemory}: the limit, two threads hashing 4 GiB with {@link MessageDigest}
 *       from a 64 MiB array already in memory (no file system at all).</li>
 *   <li>{@code baselineDigestInputStream}: what a user would otherwise write, one thread reading
 *       the 8 files through a {@link DigestInputStream} with an 8 KiB buffer.</li>
 * </ul>
 *
 * <p>The fork runs with {@code -Xmx256m}: hashing needs 2 x 1 MiB of (direct) buffers whatever
 * the model size. The data set (8 GiB) is made once, see {@link BenchData}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class HashingBenchmark {

    private static final int THREADS = 2;

    private Path modelDir;
    private List<Path> modelFiles;
    private ArtifactHasher perFile;

    /** Creates (once) and page-caches the 8-file model. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        modelDir = BenchData.modelDir();
        BenchData.warmPageCache(modelDir);
        try (Stream<Path> files = Files.list(modelDir)) {
            modelFiles = files.filter(p -> p.getFileName().toString().endsWith(".safetensors")).sorted().toList();
        }
        perFile = ArtifactHasher.builder().threads(THREADS)
                .ignore(dev.mlbom.hash.IgnoreRules.defaults().plus("READY")).build();
    }

    /** The single 4 GiB file and a sharded hasher. */
    @State(Scope.Benchmark)
    public static class SingleFile {

        /** Shard size: 256 MiB, and the default 1,000,000,000 bytes. */
        @Param({"268435456", "1000000000"})
        public long shardSize;

        Path dir;
        ArtifactHasher sharded;

        /** Creates (once) and page-caches the file. */
        @Setup(Level.Trial)
        public void setUp() throws Exception {
            dir = BenchData.singleFileDir();
            BenchData.warmPageCache(dir);
            sharded = ArtifactHasher.builder().threads(THREADS).sharded(shardSize)
                    .ignore(dev.mlbom.hash.IgnoreRules.defaults().plus("READY")).build();
        }
    }

    /** 64 MiB of bytes in memory and two threads, for the limit. */
    @State(Scope.Benchmark)
    public static class InMemory {

        static final int ARRAY = 64 << 20;

        byte[] data;
        ExecutorService pool;

        /** Fills the array and starts the threads. */
        @Setup(Level.Trial)
        public void setUp() {
            data = new byte[ARRAY];
            SplittableRandom random = new SplittableRandom(BenchData.SEED);
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) random.nextInt();
            }
            pool = Executors.newFixedThreadPool(THREADS);
        }

        /** Stops the threads. */
        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdownNow();
        }
    }

    /**
     * mlbom, per-file mode, 8 x 512 MiB.
     *
     * @return the artifacts
     */
    @Benchmark
    @BytesPerOperation(BenchData.TOTAL)
    public List<Artifact> directoryPerFile() throws Exception {
        return perFile.hashDirectory(modelDir);
    }

    /**
     * mlbom, sharded mode, one 4 GiB file.
     *
     * @param file the file and hasher
     * @return the artifacts
     */
    @Benchmark
    @BytesPerOperation(BenchData.TOTAL)
    public List<Artifact> singleFileSharded(SingleFile file) throws Exception {
        return file.sharded.hashDirectory(file.dir);
    }

    /**
     * The limit: two threads, MessageDigest over bytes already in memory, 8 digests of 512 MiB.
     *
     * @param memory the bytes and threads
     * @return the digests
     */
    @Benchmark
    @BytesPerOperation(BenchData.TOTAL)
    public List<byte[]> limitInMemory(InMemory memory) throws Exception {
        List<Future<byte[]>> futures = new ArrayList<>();
        for (int file = 0; file < BenchData.FILES; file++) {
            futures.add(memory.pool.submit(() -> {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (long done = 0; done < BenchData.FILE_SIZE; done += InMemory.ARRAY) {
                    md.update(memory.data, 0, InMemory.ARRAY);
                }
                return md.digest();
            }));
        }
        List<byte[]> digests = new ArrayList<>();
        for (Future<byte[]> future : futures) {
            digests.add(future.get());
        }
        return digests;
    }

    /**
     * The baseline: one thread, DigestInputStream, 8 KiB reads, over the 8 files.
     *
     * @return the digests
     */
    @Benchmark
    @BytesPerOperation(BenchData.TOTAL)
    public List<byte[]> baselineDigestInputStream() throws Exception {
        List<byte[]> digests = new ArrayList<>();
        byte[] buffer = new byte[8192];
        for (Path file : modelFiles) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                while (in.read(buffer) != -1) {
                    // the digest sees every byte
                }
            }
            digests.add(md.digest());
        }
        return digests;
    }
}
