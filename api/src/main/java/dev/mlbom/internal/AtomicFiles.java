package dev.mlbom.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files atomically: the bytes go to a temporary file in the same directory, are forced to
 * disk, and the temporary file is moved over the target with {@code ATOMIC_MOVE}. Readers see the
 * old file or the new one, never a partial one; on failure the temporary file is removed and the
 * target is unchanged. A replaced file keeps its POSIX permissions; a new one gets
 * {@code rw-r--r--}, or {@code rw-------} for secrets.
 *
 * <p>Stateless and thread-safe.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Replaces a file's content atomically.
     *
     * @param target the file
     * @param bytes the new content
     * @throws IOException when writing or moving failed (the target is then unchanged)
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false, true);
    }

    /**
     * Writes a secret (a private key) atomically; on POSIX file systems the file has mode
     * {@code 0600} from the moment it is created.
     *
     * @param target the file
     * @param bytes the content
     * @param replace whether an existing target may be replaced
     * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
     * @throws IOException when writing or moving failed (the target is then unchanged)
     */
    public static void writeSecret(Path target, byte[] bytes, boolean replace) throws IOException {
        write(target, bytes, true, replace);
    }

    private static void write(Path target, byte[] bytes, boolean secret, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!replace && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "refusing to overwrite it");
        }
        Path temp = createTemp(dir, absolute.getFileName().toString(), secret);
        boolean moved = false;
        try {
            if (!secret) {
                keepPermissions(absolute, temp);
            }
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(bytes);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                if (replace) {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot replace files atomically", e);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A replaced file keeps its permissions. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private static Path createTemp(Path dir, String name, boolean secret) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return Files.createTempFile(dir, "." + name + ".", ".tmp");
        }
        // temporary files are owner-only by default; ordinary outputs get the usual rw-r--r--
        FileAttribute<?> mode = PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
        return Files.createTempFile(dir, "." + name + ".", ".tmp", mode);
    }
}
