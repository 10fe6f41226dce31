package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.Document;
import dev.mlbom.cli.support.EnumConverter;
import dev.mlbom.cli.support.Json;
import dev.mlbom.lineage.DirectorySource;
import dev.mlbom.lineage.IntegrityIssue;
import dev.mlbom.lineage.LineageEdge;
import dev.mlbom.lineage.LineageEntry;
import dev.mlbom.lineage.LineageGraph;
import dev.mlbom.lineage.LineageNode;
import dev.mlbom.lineage.LineageRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        DirectorySource source = DirectorySource.builder(dir)
                .reader(DirectorySource.ENVELOPE_SUFFIX, file -> {
                    try {
                        return new LineageEntry(Document.fromEnvelope(file, Files.readAllBytes(file)).manifest(),
                                Optional.empty(), file.toString());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
        LineageGraph all = LineageGraph.from(source);
        LineageGraph graph = all;
        if (all.size() == 0) {
            throw CliException.input(dir + ": holds no manifest (.json, .yaml, .yml) or envelope (.mlbom.json)");
        }
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
        if (json) {
            Json.print(out(), toJson(graph));
            return ExitCode.OK;
        }
        String text = switch (format) {
            case TEXT -> text(graph);
            case DOT -> LineageRenderer.dot(graph);
            case MERMAID -> LineageRenderer.mermaid(graph);
            case SVG -> LineageRenderer.svg(graph);
        };
        out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }

    private static String text(LineageGraph graph) {
        StringBuilder out = new StringBuilder();
        for (LineageNode node : graph.nodes()) {
            if (!node.isModel()) {
                continue;
            }
            out.append(node.coordinates());
            if (node.missing()) {
                out.append("  (manifest not in this directory)");
            } else {
                node.manifestId().ifPresent(id -> out.append("  ").append(id));
            }
            out.append('\n');
            for (LineageEdge edge : graph.parents(node)) {
                out.append("  ").append(edge.label()).append(" of ").append(edge.source().coordinates()).append('\n');
            }
            for (LineageEdge edge : graph.datasetsOf(node)) {
                out.append("  ").append(edge.label()).append(' ').append(edge.source().coordinates()).append('\n');
            }
        }
        for (IntegrityIssue issue : graph.integrity().issues()) {
            out.append(issue.severity().name().toLowerCase(java.util.Locale.ROOT)).append(": [")
                    .append(issue.reason()).append("] ").append(issue.message()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> toJson(LineageGraph graph) {
        List<Object> nodes = new ArrayList<>();
        for (LineageNode node : graph.nodes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("kind", node.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("name", node.name());
            n.put("version", node.version().orElse(null));
            n.put("manifestId", node.manifestId().map(Object::toString).orElse(null));
            n.put("missing", node.missing());
            nodes.add(n);
        }
        List<Object> edges = new ArrayList<>();
        for (LineageEdge edge : graph.edges()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("from", edge.source().coordinates());
            e.put("to", edge.target().coordinates());
            e.put("kind", edge.kind().name());
            e.put("label", edge.label());
            edges.add(e);
        }
        List<Object> issues = new ArrayList<>();
        for (IntegrityIssue issue : graph.integrity().issues()) {
            issues.add(Map.of("reason", issue.reason().name(), "severity", issue.severity().name(),
                    "message", issue.message()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("nodes", nodes);
        doc.put("edges", edges);
        doc.put("issues", issues);
        return doc;
    }
}
