package dev.mlbom.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code -h/--help}, stdout and stderr writers, and flushing them
 * when the command ends.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
public abstract class BaseCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    /** For subclasses. */
    protected BaseCommand() {
    }

    /**
     * Standard output.
     *
     * @return the writer picocli was given
     */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Standard error.
     *
     * @return the writer picocli was given
     */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /**
     * Does the command's work.
     *
     * @return the exit code
     * @throws Exception any failure; {@code Main} reports it in one line
     */
    protected abstract int run() throws Exception;
}
