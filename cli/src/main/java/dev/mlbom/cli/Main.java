package dev.mlbom.cli;

import dev.mlbom.cli.commands.BuildCommand;
import dev.mlbom.cli.commands.CanonCommand;
import dev.mlbom.cli.commands.CoverageCommand;
import dev.mlbom.cli.commands.DiffCommand;
import dev.mlbom.cli.commands.InspectCommand;
import dev.mlbom.cli.commands.LineageCommand;
import dev.mlbom.cli.commands.DemoCommand;
import dev.mlbom.cli.commands.InitCommand;
import dev.mlbom.cli.commands.HashCommand;
import dev.mlbom.cli.commands.KeygenCommand;
import dev.mlbom.cli.commands.SignCommand;
import dev.mlbom.cli.commands.VerifyCommand;
import dev.mlbom.cli.support.ErrorReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code mlbom} command: parses the arguments, runs one subcommand and exits with an
 * {@linkplain ExitCode exit code}. Errors are one line on stderr ({@code mlbom: error: ...});
 * {@code --verbose} adds the stack trace.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "mlbom",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Signed, verifiable provenance records (ML-BOMs) for AI models.",
            "",
            "Describe a model in a manifest, sign it next to the model's files, and verify both before "
                + "the model is trusted."},
        commandListHeading = "%nCommands:%n",
        subcommands = {
            DemoCommand.class,
            InitCommand.class,
            HashCommand.class,
            CanonCommand.class,
            BuildCommand.class,
            KeygenCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            InspectCommand.class,
            DiffCommand.class,
            LineageCommand.class,
            CoverageCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  mlbom demo                  sign, verify, tamper with and re-verify a small model",
            "  mlbom init models/bot -o manifest.yaml",
            "  mlbom build manifest.yaml -o manifest.json",
            "  mlbom sign --key release.key --manifest manifest.json models/bot",
            "  mlbom verify models/bot --key release.pub",
            "",
            "Run 'mlbom COMMAND --help' for a command's options.",
            "",
            "Exit codes: 0 success (verified); 1 verification failed; 2 usage error or unreadable",
            "input; 3 internal error (a bug)."})
public final class Main implements Callable<Integer> {

    private static final int USAGE_WIDTH = 100;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace with an error message.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Picocli creates the command. */
    public Main() {
    }

    /**
     * Runs {@code mlbom} and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs {@code mlbom} without exiting the JVM.
     *
     * @param stdout standard output (written as UTF-8)
     * @param stderr standard error (written as UTF-8)
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintStream stdout, PrintStream stderr, String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        ErrorReporter reporter = new ErrorReporter(verbose);
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(USAGE_WIDTH)
                .setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter);
        int exit;
        try {
            exit = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            exit = reporter.report(e, err);
        }
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * Without a command: prints the usage to stderr.
     *
     * @return {@link ExitCode#USAGE_OR_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        spec.commandLine().usage(err);
        err.flush();
        return ExitCode.USAGE_OR_INPUT;
    }

    /** Prints {@code mlbom <version>} and the Java runtime. Stateless; thread-safe. */
    public static final class Version implements IVersionProvider {

        /** Picocli creates the provider. */
        public Version() {
        }

        @Override
        public String[] getVersion() {
            return new String[] {"mlbom " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        /**
         * The version of this build.
         *
         * @return e.g. {@code 0.1.0}, or {@code unknown} when the build did not record it
         */
        public static String version() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
