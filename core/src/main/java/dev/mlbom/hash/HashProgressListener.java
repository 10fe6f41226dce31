package dev.mlbom.hash;

/**
 * Receives progress while a model is hashed, e.g. to drive a progress bar.
 *
 * <p>The hasher calls {@link #onProgress} after every buffer read (at most 1 MiB). Calls come
 * from the hasher's worker threads but never overlap: they are serialized, and {@code bytesDone}
 * never decreases. Keep the callback short; it runs on the hashing path. A runtime exception
 * thrown by the listener stops hashing and is rethrown to the caller.
 *
 * <p>Implementations are called from several threads in turn, so they must publish any state
 * they share with other threads safely.
 */
@FunctionalInterface
public interface HashProgressListener {

    /**
     * Reports progress.
     *
     * @param path the artifact path of the file being read (relative POSIX path)
     * @param bytesDone bytes hashed so far, over all files
     * @param bytesTotal bytes to hash in total, over all files
     */
    void onProgress(String path, long bytesDone, long bytesTotal);

    /**
     * A listener that does nothing.
     *
     * @return the no-op listener
     */
    static HashProgressListener none() {
        return (path, bytesDone, bytesTotal) -> { };
    }
}
