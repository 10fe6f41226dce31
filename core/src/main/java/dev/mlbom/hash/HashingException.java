package dev.mlbom.hash;

import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import java.util.Objects;

/**
 * Hashing a model file or directory failed: the input was rejected (a symlink, a special file, a
 * file that changed while it was read, an empty model) or reading it failed.
 *
 * <p>The {@link #reason()} is a stable code; the message names the path and says what to do.
 * Instances are immutable and safe to share between threads.
 */
public final class HashingException extends MlbomException {

    private static final long serialVersionUID = 1L;

    /** Why hashing failed. */
    public enum Reason implements ReasonCode {
        /** The model directory, the file or a symlink's target does not exist. */
        NOT_FOUND,
        /** The model path given to a directory operation is not a directory. */
        NOT_A_DIRECTORY,
        /** The path given to a file operation is a directory, not a regular file. */
        NOT_A_REGULAR_FILE,
        /** A symbolic link was found and following symlinks is not enabled (the default). */
        SYMLINK_REJECTED,
        /** A symbolic link resolves outside the model directory (always rejected). */
        SYMLINK_ESCAPES_ROOT,
        /** A FIFO, socket, device or other non-regular file was found. */
        SPECIAL_FILE,
        /** A file name cannot be an artifact path (e.g. it contains a backslash or control character). */
        INVALID_PATH,
        /**
         * A file changed between listing and the end of its hashing: it was replaced (another file
         * key, or a FIFO, socket, device or directory in its place), its size, modification time or
         * status change time changed, or it disappeared.
         */
        FILE_CHANGED,
        /**
         * The model directory nests directories deeper than
         * {@value dev.mlbom.hash.ArtifactHasher#MAX_DEPTH} levels (refused rather than walked, so a
         * hostile tree cannot exhaust the stack or the time of a verifier).
         */
        TOO_DEEP,
        /** The model directory holds no file to hash (it is empty or every file is ignored). */
        EMPTY_MODEL,
        /** Reading failed (permissions, I/O error); this is not a judgement on the model. */
        IO_ERROR,
        /** Hashing was cancelled by a {@link CancellationToken} or a thread interrupt. */
        CANCELLED;

        /** {@inheritDoc} */
        @Override
        public Kind kind() {
            return this == IO_ERROR || this == CANCELLED ? Kind.ENVIRONMENT_FAILED : Kind.INPUT_REJECTED;
        }
    }

    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason the reason code
     * @param message what was wrong, which path, and what to do
     */
    public HashingException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param reason the reason code
     * @param message what was wrong, which path, and what to do
     * @param cause the underlying failure, or null
     */
    public HashingException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * The reason code.
     *
     * @return the reason, never null
     */
    @Override
    public Reason reason() {
        return reason;
    }
}
