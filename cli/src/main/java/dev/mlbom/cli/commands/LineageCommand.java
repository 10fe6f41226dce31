package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.EnumConverter;
import dev.mlbom.document.LineageSources;
import dev.mlbom.lineage.LineageGraph;
import dev.mlbom.lineage.LineageNode;
import dev.mlbom.lineage.LineageRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Picocli creates the command. */
    public LineageCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw CliException.input(dir + (Files.exists(dir) ? ": not a directory" : ": no such directory"));
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
            case SVG -> LineageRenderer.svg(graph);
        };
        out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }
}
