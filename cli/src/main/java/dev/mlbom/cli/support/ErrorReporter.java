package dev.mlbom.cli.support;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.error.MlbomException;
import dev.mlbom.error.ReasonCode;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on stderr and an {@linkplain ExitCode exit code}:
 * {@code mlbom: error: [REASON] message} (exit 2) for rejected input and usage errors,
 * {@code mlbom: verification failed: [REASON] message} (exit 1) for failed verification, and
 * {@code mlbom: internal error: ...} (exit 3) for bugs. Problems listed by a rejected manifest
 * come first, one per line ({@code <pointer>: <message>}). The stack trace follows only with
 * {@code --verbose}. When the command was given {@code --json}, stdout also gets one JSON
 * document, {@code {"error": {"reason": ..., "message": ...}}} (reason {@code USAGE} for usage
 * errors), unless the command already printed its own report (a failed {@code verify}). Library
 * messages that name an API call to fix a problem are reworded for the command line.
 *
 * <p>Immutable; thread-safe as far as the writer it prints to is.
 */
public final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final String VERIFICATION_EXCEPTION = "dev.mlbom.verify.VerificationException";

    /** The reason code of a usage error in {@code --json} output. */
    public static final String USAGE = "USAGE";

    /** picocli starts some messages with its own "Error: " prefix; ours is "mlbom: error: ". */
    private static final Pattern PICOCLI_PREFIX = Pattern.compile("^(?i:error:\\s*)+");

    /**
     * Advice in library messages that only a Java caller can follow (an API call or a builder
     * limit), and what the command line says instead: an option, or nothing.
     */
    private static final List<Map.Entry<Pattern, String>> API_ADVICE = List.of(
            Map.entry(Pattern.compile(", or enable followSymlinksInsideRoot\\(\\) if it points inside the model"
                    + " directory \\(followSymlinksWithin\\(dir\\) for a cache whose links point to a sibling"
                    + " directory\\)"), ", or name the directory the links point into"),
            Map.entry(Pattern.compile(" or pick ManifestCodec\\.json\\(\\)/yaml\\(\\)"), ""),
            Map.entry(Pattern.compile("[,;]? ?(or )?raise (the limit with )?(ReadLimits\\.\\w+|Canonicalizer\\.builder"
                    + "\\(\\)\\.\\w+\\(\\.\\.\\.\\))( if expected)?"), ""));

    private final boolean verbose;

    /**
     * Creates the reporter.
     *
     * @param verbose whether to print stack traces after the one-line message
     */
    public ErrorReporter(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String message = oneLine(ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched && command.getParent() == null
                && !command.getSubcommands().isEmpty() && command.getParseResult() != null
                && !command.getParseResult().hasSubcommand() && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String typed = unmatched.getUnmatched().get(0);
            String closest = closest(typed, command.getSubcommands().keySet());
            message = "unknown command '" + Terminal.safe(typed) + "'" + (closest == null ? "" : "; did you mean " + closest + "?");
        }
        message = PICOCLI_PREFIX.matcher(message).replaceFirst("");
        err.println("mlbom: error: " + message + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        if (command.getCommandSpec().findOption("--json") != null && Arrays.asList(args).contains("--json")) {
            printJsonError(command.getOut(), USAGE, message);
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE_OR_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        int exit = report(ex, command.getErr());
        if (exit != ExitCode.VERIFICATION_FAILED && jsonRequested(parseResult)) {
            Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            printJsonError(command.getOut(), reasonOf(cause), messageOf(cause));
        }
        return exit;
    }

    private static boolean jsonRequested(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--json")) {
                return true;
            }
        }
        return false;
    }

    private static String reasonOf(Throwable ex) {
        if (ex instanceof CliException cli) {
            return cli.reasonCode().orElse("INPUT");
        }
        if (ex instanceof MlbomException mlbom) {
            return mlbom.reasonCode();
        }
        return ex instanceof IOException ? "IO_ERROR" : "INTERNAL";
    }

    private static String messageOf(Throwable ex) {
        if (ex instanceof ManifestException manifest && manifest.problems().size() > 1) {
            return manifest.problems().size() + " problems: " + String.join("; ",
                    manifest.problems().stream().map(p -> oneLine(p.toString())).toList());
        }
        if (ex instanceof IOException io) {
            return describe(io);
        }
        return cliWording(oneLine(ex.getMessage()));
    }

    /**
     * Prints {@code {"error": {"reason": ..., "message": ...}}} on stdout.
     *
     * @param out stdout
     * @param reason the reason code
     * @param message the one-line message
     */
    static void printJsonError(PrintWriter out, String reason, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("reason", reason);
        error.put("message", message);
        Json.print(out, Map.of("error", error));
    }

    /**
     * Rewords a library message for the command line: advice that names a Java API call (e.g.
     * {@code followSymlinksInsideRoot()}) is replaced by what a command-line user can do.
     *
     * @param message a one-line message
     * @return the message without API names
     */
    public static String cliWording(String message) {
        String text = message;
        for (Map.Entry<Pattern, String> advice : API_ADVICE) {
            text = advice.getKey().matcher(text).replaceAll(advice.getValue());
        }
        return text;
    }

    /**
     * Reports a failure and chooses the exit code.
     *
     * @param failure what went wrong
     * @param err where to print
     * @return the exit code
     */
    public int report(Throwable failure, PrintWriter err) {
        Throwable ex = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        int exit;
        if (ex instanceof CliException cli) {
            exit = cli.exitCode();
            cli.details().forEach(line -> err.println(oneLine(line)));
            String prefix = exit == ExitCode.VERIFICATION_FAILED ? "mlbom: failed: " : "mlbom: error: ";
            err.println(prefix + cli.reasonCode().map(r -> "[" + r + "] ").orElse("") + cliWording(oneLine(cli.getMessage())));
        } else if (ex instanceof MlbomException mlbom) {
            if (ex instanceof ManifestException manifest && manifest.problems().size() > 1) {
                for (Problem problem : manifest.problems()) {
                    err.println("  " + cliWording(oneLine(problem.toString())));
                }
                err.println("mlbom: error: [" + mlbom.reasonCode() + "] " + manifest.problems().size()
                        + " problems (listed above; fix each value named by its JSON Pointer)");
                exit = ExitCode.USAGE_OR_INPUT;
            } else if (isVerificationFailure(mlbom)) {
                err.println("mlbom: verification failed: [" + mlbom.reasonCode() + "] " + cliWording(oneLine(mlbom.getMessage()))
                        + commandLineHint(mlbom));
                exit = ExitCode.VERIFICATION_FAILED;
            } else {
                err.println("mlbom: error: [" + mlbom.reasonCode() + "] " + cliWording(oneLine(mlbom.getMessage()))
                        + commandLineHint(mlbom));
                exit = ExitCode.USAGE_OR_INPUT;
            }
        } else if (ex instanceof IOException io) {
            err.println("mlbom: error: " + describe(io));
            exit = ExitCode.USAGE_OR_INPUT;
        } else {
            err.println("mlbom: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + oneLine(ex.getMessage()))
                    + (verbose ? "" : " (run again with --verbose for the stack trace, and please report it)"));
            exit = ExitCode.INTERNAL;
        }
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exit;
    }

    /**
     * Whether an mlbom exception is a verification failure (exit 1) rather than rejected input.
     *
     * @param exception the exception
     * @return true for {@code dev.mlbom.verify.VerificationException}
     */
    static boolean isVerificationFailure(MlbomException exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(VERIFICATION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Describes an I/O failure in words, naming the file.
     *
     * @param io the failure
     * @return e.g. {@code model/config.json: no such file or directory}
     */
    public static String describe(IOException io) {
        String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        String what;
        if (io instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (io instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (io instanceof FileAlreadyExistsException) {
            what = "already exists (mlbom never overwrites it; remove it or choose another path)";
        } else if (io instanceof NotDirectoryException) {
            what = "not a directory";
        } else if (io instanceof DirectoryNotEmptyException) {
            what = "directory not empty";
        } else if (io instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            what = fs.getReason();
        } else {
            what = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
            return oneLine(what);
        }
        return oneLine(file == null ? what : file + ": " + what);
    }

    /**
     * The command name closest to what was typed, within two edits (a swap counts as one).
     *
     * @param typed what was typed
     * @param names the command names
     * @return the closest name, or null when none is close
     */
    static String closest(String typed, Iterable<String> names) {
        String best = null;
        int bestDistance = 3;
        for (String name : names) {
            int distance = editDistance(typed, name);
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * Folds a message onto one line.
     *
     * @param message any text, or null
     * @return the text with line breaks replaced by spaces and every other control character
     *     escaped ({@link Terminal#safe(String)}), so a message quoting an input cannot forge output
     */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return Terminal.safe(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /**
     * The command-line spelling of a fix that the library's message names as an API call: symlinks
     * are followed with {@code --follow-symlinks-within DIR}.
     */
    private static String commandLineHint(MlbomException failure) {
        boolean symlink = failure.reasonChain().stream().map(ReasonCode::name)
                .anyMatch(code -> code.equals("SYMLINK_REJECTED") || code.equals("SYMLINK_ESCAPES_ROOT"));
        if (symlink) {
            return " (command line: --follow-symlinks-within DIR, or artifacts.followSymlinksWithin in a policy file)";
        }
        return "";
    }
}
