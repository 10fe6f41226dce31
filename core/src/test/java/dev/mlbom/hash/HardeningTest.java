package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlbom.hash.HashingException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings of issue 17 ("Hardening the gate") on the hashing side. */
class HardeningTest {

    @TempDir
    Path tmp;

    // ---- A: a regular file swapped for a FIFO must not hang the gate ----

    @Test
    void fileSwappedForAFifoAfterListingIsFileChangedWithoutHanging() throws Exception {
        assumeTrue(mkfifoWorks(), "mkfifo is not available");
        Path model = Files.createDirectories(tmp.resolve("swap"));
        TestFiles.write(model, "a.bin", TestFiles.bytes(2 * TestFiles.MIB, 1));
        Path b = TestFiles.write(model, "b.bin", TestFiles.bytes(10, 2));
        AtomicBoolean swapped = new AtomicBoolean();
        // one thread, sorted order: a.bin is read first; b.bin becomes a FIFO before it is opened
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> {
                    if (swapped.compareAndSet(false, true)) {
                        swapForFifo(b);
                    }
                })
                .build();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> hasher.hashDirectory(model))
                .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FILE_CHANGED))
                .hasMessageContaining("b.bin")
                .hasMessageContaining("not a regular file"));
        assertThat(swapped).isTrue();
    }

    // ---- B: a byte changed in the hashed part, mtime restored ----

    @Test
    void byteChangedInTheHashedPartWithTheModificationTimeRestoredIsFileChanged() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("ctime"));
        Path file = TestFiles.write(model, "w.bin", TestFiles.bytes(3 * TestFiles.MIB, 1));
        // file timestamps tick coarsely (a few ms): let the clock move past the file's creation
        Thread.sleep(50);
        AtomicBoolean tampered = new AtomicBoolean();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> {
                    if (tampered.compareAndSet(false, true)) {
                        overwriteFirstByteKeepingMtime(file);
                    }
                })
                .build();
        assertThatThrownBy(() -> hasher.hashDirectory(model))
                .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FILE_CHANGED))
                .hasMessageContaining("w.bin")
                .hasMessageContaining("status change time");
        assertThat(tampered).isTrue();
    }

    @Test
    void fileReplacedByAnotherFileOfTheSameSizeAndTimeIsFileChanged() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("inode"));
        Path a = TestFiles.write(model, "a.bin", TestFiles.bytes(2 * TestFiles.MIB, 1));
        Path b = TestFiles.write(model, "b.bin", TestFiles.bytes(2 * TestFiles.MIB, 2));
        AtomicBoolean replaced = new AtomicBoolean();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> {
                    if (replaced.compareAndSet(false, true)) {
                        try {
                            FileTime mtime = Files.getLastModifiedTime(b);
                            Path fresh = TestFiles.write(model, "fresh.tmp", TestFiles.bytes(2 * TestFiles.MIB, 3));
                            Files.setLastModifiedTime(fresh, mtime);
                            Files.move(fresh, b, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                })
                .build();
        assertThatThrownBy(() -> hasher.hashDirectory(model))
                .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FILE_CHANGED))
                .hasMessageContaining("b.bin");
        assertThat(a).exists();
    }

    // ---- C: deep directory trees ----

    @Test
    void twoThousandLevelTreeIsRefusedAsTooDeep() throws Exception {
        // Built and removed by the shell with relative steps (mkdir d; cd d): creating or deleting
        // 2,000 nested directories by absolute path costs O(depth^2) path lookups, over a minute
        // on some sandboxed file systems, while the hasher under test stops at MAX_DEPTH.
        Path outside = Files.createTempDirectory("mlbom-deep");
        try {
            Path model = Files.createDirectories(outside.resolve("deep"));
            TestFiles.write(model, "weights.bin", TestFiles.bytes(10, 1));
            Process mkdir = new ProcessBuilder("sh", "-c",
                    "cd \"$1\" && i=0; while [ $i -lt 2000 ]; do mkdir d && cd d || exit 1; i=$((i+1)); done",
                    "sh", model.toString()).inheritIO().start();
            assertThat(mkdir.waitFor()).as("building the tree").isZero();
            ArtifactHasher hasher = ArtifactHasher.builder().build();
            assertThatThrownBy(() -> hasher.hashDirectory(model))
                    .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP))
                    .hasMessageContaining("d/d/d")
                    .hasMessageContaining(String.valueOf(ArtifactHasher.MAX_DEPTH));
            assertThatThrownBy(() -> hasher.listFiles(model))
                    .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP));
        } finally {
            assertThat(new ProcessBuilder("rm", "-rf", outside.toString()).inheritIO().start().waitFor()).isZero();
        }
    }

    @Test
    void treeAtTheMaximumDepthIsHashed() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("max"));
        String rel = "d/".repeat(ArtifactHasher.MAX_DEPTH) + "w.bin";
        TestFiles.write(model, rel, TestFiles.bytes(10, 1));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        assertThat(hasher.listFiles(model)).containsExactly(rel);
        assertThat(hasher.hashFile(model, rel).path()).isEqualTo(rel);
        String tooDeep = "d/".repeat(ArtifactHasher.MAX_DEPTH + 1) + "w.bin";
        TestFiles.write(model, tooDeep, TestFiles.bytes(10, 1));
        assertThatThrownBy(() -> hasher.hashFile(model, tooDeep))
                .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP));
    }

    // ---- D: file patterns must not hide directories ----

    @Test
    void directoryNamedLikeAnIgnoredFileIsHashed() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("dirs"));
        TestFiles.write(model, "x.mlbom.json/weights.bin", TestFiles.bytes(10, 1));
        TestFiles.write(model, ".gitattributes/weights.bin", TestFiles.bytes(10, 2));
        TestFiles.write(model, ".gitignore/weights.bin", TestFiles.bytes(10, 3));
        TestFiles.write(model, "model.mlbom.json", TestFiles.bytes(10, 4));
        TestFiles.write(model, ".git/HEAD", TestFiles.bytes(10, 5));
        TestFiles.write(model, ".github/workflows/ci.yml", TestFiles.bytes(10, 6));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        assertThat(hasher.listFiles(model)).containsExactly(
                ".gitattributes/weights.bin", ".gitignore/weights.bin", "x.mlbom.json/weights.bin");
        assertThat(hasher.hashDirectory(model)).hasSize(3);
    }

    @Test
    void symlinkNamedLikeAnIgnoredFileThatPointsToADirectoryIsNotSkipped() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("links"));
        TestFiles.write(model, "real/weights.bin", TestFiles.bytes(10, 1));
        Files.createSymbolicLink(model.resolve("y.mlbom.json"), Path.of("real"));
        assertThatThrownBy(() -> ArtifactHasher.builder().build().listFiles(model))
                .isInstanceOfSatisfying(HashingException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SYMLINK_REJECTED));
        assertThat(ArtifactHasher.builder().followSymlinksInsideRoot().build().listFiles(model))
                .containsExactly("real/weights.bin", "y.mlbom.json/weights.bin");
    }

    // ---- helpers ----

    static boolean mkfifoWorks() {
        try {
            Path probe = Files.createTempFile("mlbom-fifo-probe", "");
            Files.delete(probe);
            boolean made = mkfifo(probe);
            Files.deleteIfExists(probe);
            return made;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void swapForFifo(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!mkfifo(file)) {
            throw new IllegalStateException("mkfifo " + file + " failed");
        }
    }

    private static void overwriteFirstByteKeepingMtime(Path file) {
        try {
            FileTime mtime = Files.getLastModifiedTime(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ByteBuffer one = ByteBuffer.allocate(1);
                channel.read(one, 0);
                one.flip();
                one.put(0, (byte) (one.get(0) ^ 0xFF));
                channel.write(one, 0);
            }
            Files.setLastModifiedTime(file, mtime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
