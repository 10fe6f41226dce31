package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlbom.hash.HashingException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingRejectionTest {

    @TempDir
    Path tmp;

    private static AbstractThrowableAssert<?, ?> rejects(ThrowingCall call, Reason reason) {
        return assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(HashingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    private Path model() throws IOException {
        Path model = Files.createDirectories(tmp.resolve("model"));
        TestFiles.write(model, "weights.bin", TestFiles.bytes(1000, 1));
        return model;
    }

    @Test
    void missingModelDirectoryIsNotFound() {
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        Path missing = tmp.resolve("nope");
        rejects(() -> hasher.hashDirectory(missing), Reason.NOT_FOUND).hasMessageContaining(missing.toString());
        rejects(() -> hasher.listFiles(missing), Reason.NOT_FOUND);
        rejects(() -> hasher.hashFile(missing, "a"), Reason.NOT_FOUND);
    }

    @Test
    void missingFileIsNotFoundAndADirectoryIsNotARegularFile() throws Exception {
        Path model = model();
        Files.createDirectories(model.resolve("sub"));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        rejects(() -> hasher.hashFile(model, "gone.bin"), Reason.NOT_FOUND).hasMessageContaining("gone.bin");
        rejects(() -> hasher.hashFile(model, "sub"), Reason.NOT_A_REGULAR_FILE);
    }

    @Test
    void aFileIsNotAModelDirectory() throws Exception {
        Path file = model().resolve("weights.bin");
        rejects(() -> ArtifactHasher.builder().build().hashDirectory(file), Reason.NOT_A_DIRECTORY);
    }

    @Test
    void emptyDirectoryIsAnEmptyModel() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.createDirectories(empty.resolve("sub/deeper"));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        rejects(() -> hasher.hashDirectory(empty), Reason.EMPTY_MODEL).hasMessageContaining("holds no file");
        assertThat(hasher.listFiles(empty)).isEmpty();
    }

    @Test
    void directoryWhoseEveryFileIsIgnoredIsAnEmptyModel() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("m"));
        TestFiles.write(model, ".git/HEAD", TestFiles.bytes(10, 1));
        TestFiles.write(model, ".gitattributes", TestFiles.bytes(10, 1));
        TestFiles.write(model, "model.mlbom.json", TestFiles.bytes(10, 1));
        rejects(() -> ArtifactHasher.builder().build().hashDirectory(model), Reason.EMPTY_MODEL)
                .hasMessageContaining("ignored");
    }

    @Test
    void symlinkIsRejectedByDefault() throws Exception {
        Path model = model();
        Files.createSymbolicLink(model.resolve("alias.bin"), Path.of("weights.bin"));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        rejects(() -> hasher.hashDirectory(model), Reason.SYMLINK_REJECTED)
                .hasMessageContaining("alias.bin").hasMessageContaining("followSymlinksInsideRoot");
        rejects(() -> hasher.listFiles(model), Reason.SYMLINK_REJECTED);
        rejects(() -> hasher.hashFile(model, "alias.bin"), Reason.SYMLINK_REJECTED);
    }

    @Test
    void symlinkedDirectoryIsRejectedByDefaultAlsoOnTheWayToAFile() throws Exception {
        Path model = model();
        TestFiles.write(model, "real/x.bin", TestFiles.bytes(10, 1));
        Files.createSymbolicLink(model.resolve("alias"), Path.of("real"));
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        rejects(() -> hasher.hashDirectory(model), Reason.SYMLINK_REJECTED);
        rejects(() -> hasher.hashFile(model, "alias/x.bin"), Reason.SYMLINK_REJECTED);
    }

    @Test
    void dotDotSymlinkEscapingTheRootIsRejectedEvenWhenFollowing() throws Exception {
        Path model = model();
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        Files.createDirectories(model.resolve("sub"));
        Files.createSymbolicLink(model.resolve("sub/escape.bin"), Path.of("../../secret.txt"));
        ArtifactHasher hasher = ArtifactHasher.builder().followSymlinksInsideRoot().build();
        rejects(() -> hasher.hashDirectory(model), Reason.SYMLINK_ESCAPES_ROOT)
                .hasMessageContaining("sub/escape.bin");
        rejects(() -> hasher.listFiles(model), Reason.SYMLINK_ESCAPES_ROOT);
        rejects(() -> hasher.hashFile(model, "sub/escape.bin"), Reason.SYMLINK_ESCAPES_ROOT);
    }

    @Test
    void absoluteSymlinkEscapingTheRootIsRejectedEvenWhenFollowing() throws Exception {
        Path model = model();
        Path outside = Files.writeString(tmp.resolve("outside.bin"), "outside");
        Files.createSymbolicLink(model.resolve("abs.bin"), outside.toAbsolutePath());
        ArtifactHasher hasher = ArtifactHasher.builder().followSymlinksInsideRoot().build();
        rejects(() -> hasher.hashDirectory(model), Reason.SYMLINK_ESCAPES_ROOT);
        rejects(() -> hasher.hashFile(model, "abs.bin"), Reason.SYMLINK_ESCAPES_ROOT);
    }

    @Test
    void symlinkToASiblingDirectoryWithTheRootsNameAsPrefixEscapes() throws Exception {
        Path model = model();
        Path sibling = Files.createDirectories(tmp.resolve("model-evil"));
        Files.writeString(sibling.resolve("x"), "x");
        Files.createSymbolicLink(model.resolve("link"), Path.of("../model-evil"));
        rejects(() -> ArtifactHasher.builder().followSymlinksInsideRoot().build().hashDirectory(model),
                Reason.SYMLINK_ESCAPES_ROOT);
    }

    @Test
    void symlinkLoopIsRejected() throws Exception {
        Path model = model();
        Files.createDirectories(model.resolve("a"));
        Files.createSymbolicLink(model.resolve("a/loop"), Path.of(".."));
        rejects(() -> ArtifactHasher.builder().followSymlinksInsideRoot().build().hashDirectory(model),
                Reason.SYMLINK_REJECTED).hasMessageContaining("loop");
    }

    @Test
    void mutualSymlinkLoopBetweenSiblingsIsRejected() throws Exception {
        Path model = model();
        Files.createDirectories(model.resolve("x"));
        Files.createDirectories(model.resolve("y"));
        Files.createSymbolicLink(model.resolve("x/to-y"), Path.of("../y"));
        Files.createSymbolicLink(model.resolve("y/to-x"), Path.of("../x"));
        rejects(() -> ArtifactHasher.builder().followSymlinksInsideRoot().build().hashDirectory(model),
                Reason.SYMLINK_REJECTED).hasMessageContaining("loop");
    }

    @Test
    void danglingSymlinkIsNotFoundWhenFollowing() throws Exception {
        Path model = model();
        Files.createSymbolicLink(model.resolve("dangling"), Path.of("missing.bin"));
        rejects(() -> ArtifactHasher.builder().followSymlinksInsideRoot().build().hashDirectory(model),
                Reason.NOT_FOUND).hasMessageContaining("dangling");
    }

    @Test
    void ignoredSymlinkIsSkipped() throws Exception {
        Path model = model();
        Files.createSymbolicLink(model.resolve(".gitignore"), tmp.resolve("elsewhere"));
        assertThat(ArtifactHasher.builder().build().listFiles(model)).containsExactly("weights.bin");
    }

    @Test
    void fifoIsASpecialFile() throws Exception {
        Path model = model();
        Path fifo = model.resolve("pipe");
        boolean made;
        try {
            Process process = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            made = process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        ArtifactHasher hasher = ArtifactHasher.builder().build();
        rejects(() -> hasher.hashDirectory(model), Reason.SPECIAL_FILE).hasMessageContaining("pipe");
        rejects(() -> hasher.hashFile(model, "pipe"), Reason.SPECIAL_FILE);
        assertThat(ArtifactHasher.builder().ignore(IgnoreRules.defaults().plus("pipe")).build().listFiles(model))
                .containsExactly("weights.bin");
    }

    @Test
    void fileNameThatCannotBeAnArtifactPathIsRejected() throws Exception {
        Path model = model();
        Files.writeString(model.resolve("back\\slash"), "x");
        rejects(() -> ArtifactHasher.builder().build().hashDirectory(model), Reason.INVALID_PATH)
                .hasMessageContaining("backslash");
    }

    @Test
    void fileGrowingWhileHashedIsFileChanged() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("grow"));
        Path file = TestFiles.write(model, "w.bin", TestFiles.bytes(3 * TestFiles.MIB, 1));
        AtomicBoolean appended = new AtomicBoolean();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> {
                    if (appended.compareAndSet(false, true)) {
                        append(file);
                    }
                })
                .build();
        rejects(() -> hasher.hashDirectory(model), Reason.FILE_CHANGED)
                .hasMessageContaining("w.bin").hasMessageContaining("size");
        assertThat(appended).isTrue();
        assertThat(TestFiles.hashThreads()).isZero();
    }

    @Test
    void fileGrowingWhileShardsAreHashedIsFileChanged() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("grow"));
        Path file = TestFiles.write(model, "w.bin", TestFiles.bytes(100_000, 1));
        AtomicBoolean appended = new AtomicBoolean();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(2).sharded(10_000)
                .listener((path, done, total) -> {
                    if (appended.compareAndSet(false, true)) {
                        append(file);
                    }
                })
                .build();
        rejects(() -> hasher.hashDirectory(model), Reason.FILE_CHANGED);
    }

    @Test
    void fileRewrittenInPlaceWithTheSameSizeIsFileChangedByItsModificationTime() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("touch"));
        Path file = TestFiles.write(model, "w.bin", TestFiles.bytes(2 * TestFiles.MIB, 1));
        AtomicBoolean touched = new AtomicBoolean();
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> {
                    if (touched.compareAndSet(false, true)) {
                        try {
                            FileTime before = Files.getLastModifiedTime(file);
                            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 5_000));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                })
                .build();
        rejects(() -> hasher.hashDirectory(model), Reason.FILE_CHANGED).hasMessageContaining("modification time");
    }

    @Test
    void fileShrunkBeforeHashingIsFileChanged() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("shrink"));
        Path big = TestFiles.write(model, "a.bin", TestFiles.bytes(2 * TestFiles.MIB, 1));
        TestFiles.write(model, "b.bin", TestFiles.bytes(10, 2));
        AtomicBoolean cut = new AtomicBoolean();
        // one thread, sorted order: a.bin is hashed first; truncating b.bin then is seen when b.bin opens
        ArtifactHasher hasher = ArtifactHasher.builder().threads(1)
                .listener((path, done, total) -> {
                    if (cut.compareAndSet(false, true)) {
                        try {
                            Files.write(model.resolve("b.bin"), new byte[3]);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                })
                .build();
        rejects(() -> hasher.hashDirectory(model), Reason.FILE_CHANGED).hasMessageContaining("b.bin");
        assertThat(big).exists();
    }

    private static void append(Path file) {
        try {
            Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
