package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.Document;
import dev.mlbom.diff.DiffRenderer;
import dev.mlbom.diff.ManifestDiff;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.Manifests;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.document.ProvenanceDocuments;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.spi.SignatureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            "  mlbom diff old/manifest.yaml manifest.yaml --json",
            "  mlbom diff releases/bot-2.2.mlbom.json releases/bot-2.3.mlbom.json --key release.pub"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the difference was printed (also when there is none)",
            "1:with --key: an input is not signed by a trusted key, or its signature does not verify",
            "2:usage error, missing, malformed or invalid file"})
public final class DiffCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier manifest or envelope.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later manifest or envelope.")
    Path newFile;

    @Option(names = "--json", description = "Print the summary and the field changes as JSON.")
    boolean json;

    @Option(names = {"-k", "--key"}, paramLabel = "PUB",
            description = "Diff only envelopes signed by this trusted public key (SPKI PEM; repeat for several): each "
                + "input must be an envelope with a signature that verifies with one of them. Checks the signatures "
                + "only, not the model's files (that is mlbom verify). Without it, envelopes are read unverified.")
    List<Path> keys;

    /** Picocli creates the command. */
    public DiffCommand() {
    }

    @Override
    protected int run() throws Exception {
        ManifestDiff diff;
        if (keys == null || keys.isEmpty()) {
            diff = ManifestDiff.of(Document.read(oldFile).manifest(), Document.read(newFile).manifest());
        } else {
            List<SignatureVerifier> trusted = new ArrayList<>();
            for (Path key : keys) {
                if (!Files.exists(key)) {
                    throw CliException.input(key + ": no such public key file");
                }
                try {
                    trusted.add(KeyFiles.readPublicKey(key).verifier());
                } catch (IllegalArgumentException e) {
                    throw CliException.input(key + ": " + e.getMessage());
                }
            }
            diff = ManifestDiff.of(signed(oldFile, trusted), signed(newFile, trusted));
        }
        String text = json ? DiffRenderer.json(diff) : DiffRenderer.text(diff);
        out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }

    private static Manifest signed(Path file, List<SignatureVerifier> trusted) throws Exception {
        if (!Files.exists(file)) {
            throw CliException.input(file + ": no such file");
        }
        try {
            return ProvenanceDocuments.readManifestSignedBy(file, trusted);
        } catch (ManifestException e) {
            throw Manifests.rejected(file, e);
        } catch (EnvelopeException e) {
            String message = e.getMessage().startsWith(file.toString()) ? e.getMessage() : file + ": " + e.getMessage();
            throw CliException.rejected(e.reasonCode(), message, List.of(), e);
        }
    }
}
