package dev.mlbom.verify;

import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.hash.HashingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A model on disk. The verifier recognises this type and hashes it with the {@link ArtifactHasher}
 * (parallel, with its symlink, special-file and change-detection rules); the methods of
 * {@link ModelFiles} serve callers that read the model themselves. Immutable and thread-safe.
 */
final class LocalModelFiles implements ModelFiles {

    private final Path path;

    LocalModelFiles(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean isSingleFile() {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The directory artifact paths are relative to. */
    Path root() {
        return isSingleFile() ? path.toAbsolutePath().getParent() : path;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public List<String> list() throws IOException {
        if (isSingleFile()) {
            return List.of(path.getFileName().toString());
        }
        try {
            return ArtifactHasher.builder().build().listFiles(path);
        } catch (HashingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public long size(String relative) throws IOException {
        return Files.size(resolve(relative));
    }

    @Override
    public InputStream open(String relative) throws IOException {
        return Files.newInputStream(resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }

    private Path resolve(String relative) throws IOException {
        Path resolved = root().resolve(relative).normalize();
        if (!resolved.startsWith(root().normalize())) {
            throw new IOException("path " + relative + " leaves the model directory " + root());
        }
        return resolved;
    }

    @Override
    public String toString() {
        return "ModelFiles[" + path + "]";
    }
}
