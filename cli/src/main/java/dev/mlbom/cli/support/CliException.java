package dev.mlbom.cli.support;

import dev.mlbom.cli.ExitCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command could not do its work for a reason it can explain in one line: a file that is
 * missing or would be overwritten, an option value it does not accept, a check that failed.
 * {@code Main} prints the {@linkplain #details() detail lines} (e.g. one per manifest problem),
 * then {@code mlbom: error: [REASON] <message>}, and exits with {@link #exitCode()}.
 *
 * <p>Immutable; thread-safe.
 */
public final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final String reasonCode;
    private final transient List<String> details;

    private CliException(int exitCode, String reasonCode, String message, List<String> details, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.exitCode = exitCode;
        this.reasonCode = reasonCode;
        this.details = List.copyOf(details);
    }

    /**
     * A usage error or unreadable input (exit 2).
     *
     * @param message what was wrong and what to do
     * @return the exception
     */
    public static CliException input(String message) {
        return new CliException(ExitCode.USAGE_OR_INPUT, null, message, List.of(), null);
    }

    /**
     * A usage error or unreadable input (exit 2) caused by another exception.
     *
     * @param message what was wrong and what to do
     * @param cause the underlying failure
     * @return the exception
     */
    public static CliException input(String message, Throwable cause) {
        return new CliException(ExitCode.USAGE_OR_INPUT, null, message, List.of(), cause);
    }

    /**
     * Rejected input (exit 2) with a reason code and lines printed before the error line.
     *
     * @param reasonCode the stable reason code, e.g. {@code INVALID}
     * @param message what was wrong and what to do
     * @param details lines printed first, e.g. one per problem
     * @param cause the underlying failure, or null
     * @return the exception
     */
    public static CliException rejected(String reasonCode, String message, List<String> details, Throwable cause) {
        return new CliException(ExitCode.USAGE_OR_INPUT, reasonCode, message, details, cause);
    }

    /**
     * A failed check (exit 1), e.g. the demo's tampered model was not blocked.
     *
     * @param reasonCode the stable reason code
     * @param message what failed
     * @return the exception
     */
    public static CliException failed(String reasonCode, String message) {
        return new CliException(ExitCode.VERIFICATION_FAILED, reasonCode, message, List.of(), null);
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

    /**
     * Lines printed before the error line.
     *
     * @return e.g. one line per manifest problem; often empty
     */
    public List<String> details() {
        return details;
    }
}
