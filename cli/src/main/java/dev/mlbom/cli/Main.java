package dev.mlbom.cli;

import dev.mlbom.cli.commands.BuildCommand;
import dev.mlbom.cli.commands.CanonCommand;
import dev.mlbom.cli.commands.CoverageCommand;
import dev.mlbom.cli.commands.DemoCommand;
import dev.mlbom.cli.commands.DiffCommand;
import dev.mlbom.cli.commands.HashCommand;
import dev.mlbom.cli.commands.InitCommand;
import dev.mlbom.cli.commands.InspectCommand;
import dev.mlbom.cli.commands.KeygenCommand;
import dev.mlbom.cli.commands.LineageCommand;
import dev.mlbom.cli.commands.SignCommand;
import dev.mlbom.cli.commands.VerifyCommand;
import dev.mlbom.cli.support.ErrorReporter;
import dev.mlbom.cli.support.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        commandListHeading = "%nCommands:%n")
public final class Main implements Callable<Integer> {

    private static final int USAGE_WIDTH = 100;

    private static final String[] EXAMPLES = {
        "  mlbom demo                  sign, verify, tamper with and re-verify a small model",
        "  mlbom init models/bot -o manifest.yaml",
        "  mlbom build manifest.yaml -o manifest.json",
        "  mlbom sign --key release.key --manifest manifest.json models/bot",
        "  mlbom verify models/bot --key release.pub",
        "",
        "Run 'mlbom COMMAND --help' for a command's options.",
        "",
        "Exit codes: 0 success (verified); 1 verification failed; 2 usage error or unreadable input;",
        "3 internal error (a bug).",
    };

    /**
     * The commands, in the order {@code mlbom --help} lists them, with the one-line summary shown
     * there. Only the command being run is built from its annotations (by reflection); the others
     * are registered by name and summary only, which keeps {@code mlbom --help} fast.
     */
    private static final String[][] COMMANDS = {
        {"demo", "Sign, verify, tamper with and re-verify a small model, end to end (start here)."},
        {"init", "Write a commented manifest template, with a model directory's files hashed in."},
        {"build", "Validate a YAML or JSON manifest (every problem by JSON Pointer) and write it as JSON."},
        {"hash", "Print the digests of a model file or of every file of a model directory."},
        {"keygen", "Generate a signing key pair (Ed25519, ECDSA P-256/P-384, RSA-3072)."},
        {"sign", "Hash a model's files into its manifest and write the signed envelope."},
        {"verify", "Verify a model against its signed envelope and trusted keys or a policy (the CI gate)."},
        {"inspect", "Summarize a manifest or an envelope: model, data, lineage, signers."},
        {"diff", "Show what changed between two manifests or envelopes."},
        {"lineage", "Draw the lineage of a directory of manifests (text, DOT, Mermaid, SVG)."},
        {"coverage", "Report NIST AI RMF, AI 600-1, EU AI Act and OWASP LLM coverage of a manifest."},
        {"canon", "Print the RFC 8785 canonical form of a JSON file (to debug signatures)."},
    };

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
        if (args.length == 1 && args[0].equals(TRAINING_FLAG)) {
            System.exit(train());
        }
        System.exit(run(System.out, System.err, args));
    }

    /**
     * The hidden argument with which the {@code ./mlbom} launcher runs the jar once, under
     * {@code -XX:ArchiveClassesAtExit}, to record the classes a typical run loads (its class-data
     * archive). Not part of the command line's interface.
     */
    static final String TRAINING_FLAG = "--train-startup-archive";

    /**
     * The training run: the demo, then verify, inspect, canon, diff and hash of the demo's model,
     * each through {@link #run}, in a temporary directory that is deleted; all output is discarded.
     *
     * @return 0 when the demo ran (a later step that fails still leaves its classes to archive)
     */
    static int train() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Path work = null;
        try {
            work = Files.createTempDirectory("mlbom-train-");
            String demo = work.resolve("demo").toString();
            String model = demo + "/model";
            String envelope = demo + "/model.mlbom.json";
            String key = demo + "/release.pub";
            String manifest = demo + "/manifest.json";
            String[][] steps = {
                {"demo", "--keep", demo},
                {"verify", model, "--key", key, "--progress", "none"},
                {"verify", model, "--key", key, "--progress", "none", "--json"},
                {"inspect", envelope},
                {"canon", "--id", envelope},
                {"diff", manifest, envelope},
                {"hash", model},
            };
            int demoExit = run(nowhere, nowhere, steps[0]);
            for (int i = 1; i < steps.length; i++) {
                run(nowhere, nowhere, steps[i]);
            }
            return demoExit;
        } catch (IOException | RuntimeException e) {
            return ExitCode.USAGE_OR_INPUT;
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
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
        // canon prints exact canonical bytes; every other command's output is terminal-safe
        java.io.Writer utf8 = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter("canon".equals(firstPositional(args)) ? utf8 : Terminal.safeWriter(utf8),
                false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        Integer fast = fastPath(args, out, err);
        if (fast != null) {
            return fast;
        }
        boolean verbose = Arrays.asList(args).contains("--verbose");
        ErrorReporter reporter = new ErrorReporter(verbose);
        CommandLine commandLine = new CommandLine(new Main());
        String chosen = firstPositional(args);
        for (String[] command : COMMANDS) {
            commandLine.addSubcommand(command[0], command[0].equals(chosen) ? create(command[0]) : summary(command));
        }
        commandLine.setOut(out)
                .setErr(err)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
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
     * Answers {@code mlbom}, {@code mlbom --help} and {@code mlbom --version} without building the
     * picocli model (whose reflection and formatting cost more than the rest of the start-up).
     *
     * @return the exit code, or null when the arguments need the full parser
     */
    private static Integer fastPath(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 1) {
            return null;
        }
        String arg = args.length == 0 ? "" : args[0];
        switch (arg) {
            case "" -> {
                err.print(usage());
                err.flush();
                return ExitCode.USAGE_OR_INPUT;
            }
            case "-h", "--help" -> {
                out.print(usage());
                out.flush();
                return ExitCode.OK;
            }
            case "-V", "--version" -> {
                for (String line : new Version().getVersion()) {
                    out.println(line);
                }
                out.flush();
                return ExitCode.OK;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The top-level usage text.
     *
     * @return the text {@code mlbom --help} prints
     */
    static String usage() {
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append("Usage: mlbom [-hV] [--verbose] COMMAND [ARGS...]").append(nl)
                .append("Signed, verifiable provenance records (ML-BOMs) for AI models.").append(nl).append(nl)
                .append("Describe a model in a manifest, sign it next to the model's files, and verify both before")
                .append(nl).append("the model is trusted.").append(nl).append(nl)
                .append("Options:").append(nl)
                .append("  -h, --help      Show this help message and exit.").append(nl)
                .append("  -V, --version   Print version information and exit.").append(nl)
                .append("      --verbose   Print the stack trace with an error message.").append(nl).append(nl)
                .append("Commands:").append(nl);
        for (String[] command : COMMANDS) {
            text.append("  ").append(command[0]).append(" ".repeat(10 - command[0].length())).append(command[1])
                    .append(nl);
        }
        text.append(nl).append("Examples:").append(nl);
        for (String example : EXAMPLES) {
            text.append(example).append(nl);
        }
        return text.toString();
    }

    private static String firstPositional(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static Object create(String name) {
        return switch (name) {
            case "demo" -> new DemoCommand();
            case "init" -> new InitCommand();
            case "build" -> new BuildCommand();
            case "hash" -> new HashCommand();
            case "keygen" -> new KeygenCommand();
            case "sign" -> new SignCommand();
            case "verify" -> new VerifyCommand();
            case "inspect" -> new InspectCommand();
            case "diff" -> new DiffCommand();
            case "lineage" -> new LineageCommand();
            case "coverage" -> new CoverageCommand();
            case "canon" -> new CanonCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private static CommandSpec summary(String[] command) {
        CommandSpec spec = CommandSpec.create().name(command[0]);
        spec.usageMessage().description(command[1]);
        return spec;
    }

    /**
     * Without a command: prints the usage to stderr.
     *
     * @return {@link ExitCode#USAGE_OR_INPUT}
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.print(usage());
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
