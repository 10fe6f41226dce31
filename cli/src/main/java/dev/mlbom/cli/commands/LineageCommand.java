package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.EnumConverter;
import dev.mlbom.ProvenanceFormat;
import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.document.LineageSources;
import dev.mlbom.document.ProvenanceDocument;
import dev.mlbom.document.ProvenanceDocuments;
import dev.mlbom.dsse.Dsse;
import dev.mlbom.lineage.LineageGraph;
import dev.mlbom.lineage.LineageNode;
import dev.mlbom.lineage.LineageRenderer;
import dev.mlbom.lineage.NodeStatus;
import dev.mlbom.model.ManifestId;
import dev.mlbom.spi.SignatureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom lineage}: the lineage graph of the manifests and envelopes in a directory.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "lineage",
        description = {"Draw the lineage of the manifests (.json, .yaml) and envelopes (.mlbom.json) in a directory: "
                + "which model derives from which (fine-tune, adapter, merge, ...) and which datasets shaped each.",
            "Parent manifest ids are checked against the parents' manifests; cycles and forged ids are errors, "
                + "missing ancestors are listed as warnings. Envelope signatures are not verified here."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom lineage releases/",
            "  mlbom lineage releases/ --model acme/bot@2.3.0 --format svg > bot-lineage.svg",
            "  mlbom lineage releases/ --format mermaid"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph printed",
            "2:usage error, unreadable directory or file, unknown --model, or a broken lineage (cycle, forged id)"})
public final class LineageCommand extends BaseCommand {

    /** Output formats. */
    public enum Format {
        /** One block per model: its parents and datasets. */
        TEXT,
        /** Graphviz DOT. */
        DOT,
        /** A Mermaid flowchart. */
        MERMAID,
        /** A self-contained SVG drawing. */
        SVG
    }

    /** Reads {@link Format} ids. */
    static final class FormatConverter extends EnumConverter<Format> {
        FormatConverter() {
            super(Format.class);
        }
    }

    @Parameters(index = "0", paramLabel = "DIR", description = "A directory of manifests and envelopes.")
    Path dir;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME@VERSION",
            description = "Only this model's family: its ancestors, descendants and their datasets.")
    String model;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, dot, mermaid or svg. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--json", description = "Print the nodes, edges and integrity issues as JSON.")
    boolean json;

    @Option(names = {"-k", "--key"}, paramLabel = "PUB",
            description = "With --format svg: mark a model 'verified' when its envelope in DIR carries a signature that "
                    + "verifies with this trusted public key (repeatable); the model's files are not re-hashed (use "
                    + "'mlbom verify' for that). Other models are marked 'not verified'.")
    List<Path> keys;

    /** Picocli creates the command. */
    public LineageCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw CliException.input(dir + (Files.exists(dir) ? ": not a directory" : ": no such directory"));
        }
        if (keys != null && (json || format != Format.SVG)) {
            throw CliException.input("--key goes with --format svg, the drawing that marks verified models");
        }
        List<SignatureVerifier> verifiers = new ArrayList<>();
        for (Path key : keys == null ? List.<Path>of() : keys) {
            if (!Files.exists(key)) {
                throw CliException.input(key + ": no such public key file");
            }
            try {
                verifiers.add(KeyFiles.readPublicKey(key).verifier());
            } catch (IllegalArgumentException e) {
                throw CliException.input(key + ": " + e.getMessage());
            }
        }
        // a directory in which nothing is read is refused by the source (UNREADABLE_SOURCE), never an empty graph
        LineageGraph all = LineageGraph.from(LineageSources.directoryReadingEnvelopesUnverified(dir));
        LineageGraph graph = all;
        if (model != null) {
            int at = model.lastIndexOf('@');
            if (at <= 0 || at == model.length() - 1) {
                throw CliException.input("--model takes NAME@VERSION, e.g. acme/bot@2.3.0; got '" + model + "'");
            }
            LineageNode node = all.model(model.substring(0, at), model.substring(at + 1))
                    .orElseThrow(() -> CliException.input("no model " + model + " in " + dir + "; models there: "
                            + String.join(", ", all.nodes().stream().filter(LineageNode::isModel)
                                    .map(LineageNode::coordinates).toList())));
            graph = all.around(node);
        }
        String text = json ? LineageRenderer.json(graph) : switch (format) {
            case TEXT -> LineageRenderer.text(graph);
            case DOT -> LineageRenderer.dot(graph);
            case MERMAID -> LineageRenderer.mermaid(graph);
            case SVG -> LineageRenderer.svg(graph, verifiers.isEmpty() ? Map.of() : signedBy(verifiers));
        };
        out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }

    /** The manifest ids of the envelopes in the directory with a signature the trusted keys verify. */
    private Map<ManifestId, NodeStatus> signedBy(List<SignatureVerifier> verifiers) throws Exception {
        Map<ManifestId, NodeStatus> statuses = new HashMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(ProvenanceFormat.ENVELOPE_SUFFIX)
                    && Files.isRegularFile(f)).sorted().toList();
        }
        for (Path file : files) {
            if (ProvenanceDocuments.read(file) instanceof ProvenanceDocument.EnvelopeDocument envelope
                    && Dsse.verify(envelope.envelope(), verifiers).anyVerified()) {
                statuses.put(ManifestIdentity.of(ProvenanceDocuments.readManifestUnverified(envelope).manifest()),
                        NodeStatus.VERIFIED);
            }
        }
        return statuses;
    }
}
