package dev.mlbom.cli.support;

import dev.mlbom.cli.ExitCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A command could not do its work for a reason it can explain in one line: a file that is
 * missing or would be overwritten, an option value it does not accept, a check that failed.
 * {@code Main} prints {@code mlbom: error: <message>} and exits with {@link #exitCode()}.
 *
 * <p>Immutable; thread-safe.
 */
public final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String reasonCode;

    private CliException(int exitCode, String reasonCode, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.exitCode = exitCode;
        this.reasonCode = reasonCode;
    }

    /**
     * A usage error or unreadable input (exit 2).
     *
     * @param message what was wrong and what to do
     * @return the exception
     */
    public static CliException input(String message) {
        return new CliException(ExitCode.USAGE_OR_INPUT, null, message, null);
    }

    /**
     * A usage error or unreadable input (exit 2) caused by another exception.
     *
     * @param message what was wrong and what to do
     * @param cause the underlying failure
     * @return the exception
     */
    public static CliException input(String message, Throwable cause) {
        return new CliException(ExitCode.USAGE_OR_INPUT, null, message, cause);
    }

    /**
     * A failed check (exit 1), e.g. the demo's tampered model was not blocked.
     *
     * @param reasonCode the stable reason code
     * @param message what failed
     * @return the exception
     */
    public static CliException failed(String reasonCode, String message) {
        return new CliException(ExitCode.VERIFICATION_FAILED, reasonCode, message, null);
    }

    /**
     * The process exit code.
     *
     * @return 1 or 2
     */
    public int exitCode() {
        return exitCode;
    }

    /**
     * The reason code, when there is one.
     *
     * @return e.g. {@code ARTIFACT_DIGEST_MISMATCH}
     */
    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }
}
