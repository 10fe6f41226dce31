package dev.mlbom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads small files (keys, policies, passwords, manifests) with a hard byte limit. The file's
 * attributes are checked before it is opened, so a FIFO, socket or device is refused without
 * opening it (opening a FIFO would block, reading {@code /dev/zero} would never end), and at most
 * {@code limit + 1} bytes are read, whatever {@link Files#size} says. Symbolic links are followed
 * (mounted secrets are often links), but the target must be a regular file.
 *
 * <p>Stateless; thread-safe. Not API: shared with mlbom's own modules only.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /** The file is not a regular file (a directory, FIFO, socket or device). */
    public static final class NotRegularFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegularFile(Path file, String kind) {
            super(file.toString(), null, "is " + kind + ", not a regular file; give the path of a regular file");
        }
    }

    /** The file holds more bytes than the limit. */
    public static final class TooLarge extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(Path file, long limit) {
            super(file.toString(), null, "is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        /**
         * The limit that was exceeded.
         *
         * @return bytes
         */
        public long limit() {
            return limit;
        }
    }

    /**
     * Reads a regular file whole, refusing anything else and anything over the limit.
     *
     * @param file the file
     * @param limit the most bytes accepted
     * @return the bytes
     * @throws java.nio.file.NoSuchFileException when it does not exist
     * @throws NotRegularFile when it is a directory, FIFO, socket or device
     * @throws TooLarge when it holds more than {@code limit} bytes
     * @throws IOException when it cannot be read
     */
    public static byte[] read(Path file, int limit) throws IOException {
        requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                Arrays.fill(bytes, (byte) 0);
                throw new TooLarge(file, limit);
            }
            return bytes;
        }
    }

    /**
     * Refuses a path that is not a regular file (following links), without opening it.
     *
     * @param file the file
     * @throws java.nio.file.NoSuchFileException when it does not exist
     * @throws NotRegularFile when it is a directory, FIFO, socket or device
     * @throws IOException when its attributes cannot be read
     */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            String kind = attributes.isDirectory() ? "a directory" : attributes.isOther()
                    ? "a device, FIFO or socket" : "not a plain file";
            throw new NotRegularFile(file, kind);
        }
    }
}
