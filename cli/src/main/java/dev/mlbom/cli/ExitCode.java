package dev.mlbom.cli;

/**
 * The exit codes of {@code mlbom}, the same for every command.
 *
 * <p>Constants only; thread-safe.
 */
public final class ExitCode {

    /** Success; for {@code verify}: the model is verified. */
    public static final int OK = 0;
    /** Verification failed: the reason code and message are on stderr. */
    public static final int VERIFICATION_FAILED = 1;
    /** A usage error (unknown option, missing argument) or input that could not be read or was rejected. */
    public static final int USAGE_OR_INPUT = 2;
    /** An internal error, i.e. a bug in mlbom; run with {@code --verbose} for the stack trace and report it. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
