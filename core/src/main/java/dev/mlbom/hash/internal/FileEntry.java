package dev.mlbom.hash.internal;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * A regular file found in a model directory, with the size and modification time seen when it was
 * listed (compared again after hashing to detect changes).
 *
 * @param path the artifact path (relative POSIX path)
 * @param file the file to open: a real path with no symlink in it
 * @param size the size when listed
 * @param modified the modification time when listed
 */
public record FileEntry(String path, Path file, long size, FileTime modified) {

    /** Checks for nulls. */
    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(modified, "modified");
    }
}
