package dev.mlbom.benchmarks.hash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;

/**
 * The benchmark models on disk: created once with a fixed seed in a known directory and reused by
 * later runs (a {@code READY} marker names the layout). Directory: system property
 * {@code mlbom.bench.dir}, else environment variable {@code MLBOM_BENCH_DIR}, else
 * {@code ${java.io.tmpdir}/mlbom-bench-hash}. Delete it by hand to reclaim the 8 GiB.
 */
final class BenchData {

    static final long MIB = 1L << 20;
    static final int FILES = 8;
    static final long FILE_SIZE = 512 * MIB;
    static final long TOTAL = FILES * FILE_SIZE;
    static final long SEED = 20260101L;

    private BenchData() {
    }

    static Path root() {
        String dir = System.getProperty("mlbom.bench.dir", System.getenv("MLBOM_BENCH_DIR"));
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "mlbom-bench-hash");
    }

    /** The model of {@value #FILES} files of 512 MiB. */
    static Path modelDir() throws IOException {
        Path dir = root().resolve("model-8x512MiB");
        String layout = "seed=" + SEED + " files=" + FILES + " size=" + FILE_SIZE;
        if (!ready(dir, layout)) {
            Files.createDirectories(dir);
            for (int i = 0; i < FILES; i++) {
                write(dir.resolve(String.format("model-%05d-of-%05d.safetensors", i + 1, FILES)), FILE_SIZE, SEED + i);
            }
            Files.writeString(dir.resolve("READY"), layout, StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A directory holding one file of 4 GiB. */
    static Path singleFileDir() throws IOException {
        Path dir = root().resolve("single-4GiB");
        String layout = "seed=" + SEED + " files=1 size=" + TOTAL;
        if (!ready(dir, layout)) {
            Files.createDirectories(dir);
            write(dir.resolve("model.safetensors"), TOTAL, SEED + 100);
            Files.writeString(dir.resolve("READY"), layout, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static boolean ready(Path dir, String layout) throws IOException {
        Path marker = dir.resolve("READY");
        return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(layout);
    }

    private static void write(Path file, long size, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) (8 * MIB)).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            long written = 0;
            while (written < size) {
                buffer.clear();
                while (buffer.remaining() >= 8) {
                    buffer.putLong(random.nextLong());
                }
                buffer.flip();
                buffer.limit((int) Math.min(buffer.limit(), size - written));
                while (buffer.hasRemaining()) {
                    written += channel.write(buffer);
                }
            }
        }
    }

    /** Reads every regular file under the directory once so that it is in the page cache. */
    static void warmPageCache(Path dir) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) (4 * MIB));
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    while (channel.read(buffer.clear()) > 0) {
                        // only the page cache matters
                    }
                }
            }
        }
    }
}
