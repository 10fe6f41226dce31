package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.Document;
import dev.mlbom.diff.DiffRenderer;
import dev.mlbom.diff.ManifestDiff;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom diff}: what changed between two manifests or envelopes.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "diff",
        description = {"Show what changed between two manifests or envelopes (any mix): first a summary in words "
                + "(base model, datasets, hyperparameters, safety filters, artifacts, ...), then every added, removed "
                + "and changed field by JSON Pointer."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom diff releases/bot-2.2.mlbom.json releases/bot-2.3.mlbom.json",
            "  mlbom diff old/manifest.yaml manifest.yaml --json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the difference was printed (also when there is none)",
            "2:usage error, missing, malformed or invalid file"})
public final class DiffCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier manifest or envelope.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later manifest or envelope.")
    Path newFile;

    @Option(names = "--json", description = "Print the summary and the field changes as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public DiffCommand() {
    }

    @Override
    protected int run() throws Exception {
        Document before = Document.read(oldFile);
        Document after = Document.read(newFile);
        ManifestDiff diff = ManifestDiff.of(before.manifest(), after.manifest());
        String text = json ? DiffRenderer.json(diff) : DiffRenderer.text(diff);
        out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }
}
