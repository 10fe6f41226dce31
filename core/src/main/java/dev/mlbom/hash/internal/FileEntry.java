package dev.mlbom.hash.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A regular file found in a model directory, with its status when it was listed (compared again
 * right before it is opened and after it is hashed, to detect changes).
 *
 * @param path the artifact path (relative POSIX path)
 * @param file the file to open: a real path with no symlink in it
 * @param status the file's status when listed; {@link FileStatus#regular()} is true
 */
public record FileEntry(String path, Path file, FileStatus status) {

    /** Checks for nulls. */
    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The size when listed.
     *
     * @return bytes
     */
    public long size() {
        return status.size();
    }
}
