package dev.mlbom.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files of a model as the {@link Verifier} sees them: a directory or a single file on disk
 * ({@link #of(Path)}), or anything else a caller implements: a model registry, an object store,
 * an archive. The verifier lists the files, compares the list with the manifest's artifacts,
 * checks each size and re-hashes each file's bytes with the algorithms the manifest records.
 *
 * <p>For a path on disk the verifier uses mlbom's parallel hasher with its safety rules
 * (symbolic links refused unless the policy names a boundary, special files refused, files
 * changed while hashed detected, ignore rules for {@code .git} and envelopes). An implementation
 * of this interface is trusted to list and open the files it means; the verifier still checks
 * every byte it returns against the signed digests.
 *
 * <pre>{@code
 * ModelFiles local = ModelFiles.of(Path.of("/models/support-bot"));
 * ModelFiles remote = new ModelFiles() {                  // e.g. blobs in a registry
 *     public String location() { return "registry://acme/support-bot@2.3.0"; }
 *     public List<String> list() { return List.copyOf(index.keySet()); }
 *     public long size(String path) { return index.get(path).size(); }
 *     public InputStream open(String path) throws IOException { return blobs.open(index.get(path).digest()); }
 * };
 * }</pre>
 *
 * <p>Implementations must be safe to use from several threads at once; the verifier may open
 * several files concurrently.
 */
public interface ModelFiles {

    /**
     * A model on disk: a directory (every file in it, recursively) or a single model file.
     * Whether the path is a directory or a file is decided when it is verified.
     *
     * @param path the model directory or file
     * @return the model's files
     */
    static ModelFiles of(Path path) {
        return new LocalModelFiles(Objects.requireNonNull(path, "path"));
    }

    /**
     * Where the model is, for messages and reports (a path, a URI).
     *
     * @return a description without secrets
     */
    String location();

    /**
     * Every file of the model, as relative paths with {@code /} separators (the form manifests
     * record), without envelopes or files the model does not consist of.
     *
     * @return the paths, in any order, without duplicates
     * @throws IOException when the list cannot be read ({@link java.nio.file.NoSuchFileException}
     *     when the model does not exist)
     */
    List<String> list() throws IOException;

    /**
     * The size of one file in bytes.
     *
     * @param path a path from {@link #list()}
     * @return the size
     * @throws IOException when the size cannot be read
     */
    long size(String path) throws IOException;

    /**
     * Opens one file for reading from its start.
     *
     * @param path a path from {@link #list()}
     * @return a stream the caller closes
     * @throws IOException when the file cannot be opened
     */
    InputStream open(String path) throws IOException;
}
