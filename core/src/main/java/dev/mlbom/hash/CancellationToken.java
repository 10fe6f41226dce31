package dev.mlbom.hash;

/**
 * Cancels hashing from another thread, e.g. when a server shuts down or a user presses Ctrl-C.
 *
 * <p>Pass a token to {@link ArtifactHasher#hashDirectory(java.nio.file.Path, CancellationToken)}
 * and call {@link #cancel()} from anywhere: the hashing call then throws a
 * {@link HashingException} with reason {@link HashingException.Reason#CANCELLED} within one buffer
 * read (1 MiB) per worker, after its worker threads have stopped, or within 50 ms when a worker is
 * blocked in an {@code open()} that does not return (that worker is left behind, interrupted; see
 * {@link ArtifactHasher}). Interrupting the thread that
 * called the hasher has the same effect. A token cannot be reset; use a new one per operation.
 *
 * <p>Thread-safe.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Creates a token that is not cancelled. */
    public CancellationToken() {
    }

    /** Requests cancellation; idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }
}
