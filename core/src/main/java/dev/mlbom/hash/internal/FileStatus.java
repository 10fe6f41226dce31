package dev.mlbom.hash.internal;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;

/**
 * What a file looked like at one moment, read without following a symlink and without opening
 * the file (so a FIFO never blocks): its type, size, modification time, status change time
 * ({@code ctime}) and file key (device and inode on POSIX systems).
 *
 * <p>Two snapshots of an unchanged file are equal. A write changes the size or the modification
 * time, and also the status change time, which ordinary processes cannot set back (restoring the
 * modification time with {@code touch} or {@code setLastModifiedTime} itself changes it); a file
 * swapped for another one (rename over it, delete and recreate) has another file key. Where the
 * file system offers no {@code unix} attribute view, the status change time is null and not
 * compared; where it has no file keys, the key is null and not compared.
 *
 * @param regular whether the entry is a regular file
 * @param size the size in bytes
 * @param modified the modification time
 * @param changed the status change time, or null when the file system does not report it
 * @param fileKey the file key, or null when the file system does not report it
 */
public record FileStatus(boolean regular, long size, FileTime modified, FileTime changed, Object fileKey) {

    private static final String UNIX_ATTRIBUTES = "unix:isRegularFile,size,lastModifiedTime,ctime,fileKey";

    /** Checks for nulls. */
    public FileStatus {
        Objects.requireNonNull(modified, "modified");
    }

    /**
     * Reads a file's status with one {@code lstat}, never opening it.
     *
     * @param path the file
     * @return its status
     * @throws IOException when it cannot be read, e.g. {@link java.nio.file.NoSuchFileException}
     */
    public static FileStatus read(Path path) throws IOException {
        FileSystem fs = path.getFileSystem();
        if (fs.supportedFileAttributeViews().contains("unix")) {
            Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            return new FileStatus(Boolean.TRUE.equals(a.get("isRegularFile")), (Long) a.get("size"),
                    (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("ctime"), a.get("fileKey"));
        }
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileStatus(a.isRegularFile(), a.size(), a.lastModifiedTime(), null, a.fileKey());
    }

    /**
     * How {@code now} differs from this earlier status, in words, or null when nothing that is
     * compared differs. Checked in order: type, file key, size, modification time, status change
     * time.
     *
     * @param now a later status of the same path
     * @return the first difference, e.g. "its size changed from 10 to 12 bytes", or null
     */
    public String differenceTo(FileStatus now) {
        if (regular && !now.regular) {
            return "it is not a regular file any more (a FIFO, socket, device or directory took its place)";
        }
        if (fileKey != null && now.fileKey != null && !fileKey.equals(now.fileKey)) {
            return "another file took its place (file key " + fileKey + ", now " + now.fileKey + ")";
        }
        if (size != now.size) {
            return "its size changed from " + size + " to " + now.size + " bytes";
        }
        if (!modified.equals(now.modified)) {
            return "its modification time changed from " + modified + " to " + now.modified;
        }
        if (changed != null && now.changed != null && !changed.equals(now.changed)) {
            return "its status change time (ctime) changed from " + changed + " to " + now.changed
                    + ", so it was written to or its attributes were set (even though its size and"
                    + " modification time look the same)";
        }
        return null;
    }
}
