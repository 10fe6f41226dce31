package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.Document;
import dev.mlbom.cli.support.EnumConverter;
import dev.mlbom.frameworks.CoverageRenderer;
import dev.mlbom.frameworks.CoverageReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom coverage}: which framework entries (NIST AI RMF, NIST AI 600-1, EU AI Act, OWASP
 * LLM) a manifest evidences, and which fields would close the gaps.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "coverage",
        description = {"Report which entries of NIST AI RMF 1.0, NIST AI 600-1, EU AI Act (Art. 10(2), Annex IV) "
                + "and OWASP LLM Top 10 (LLM03, LLM04) a manifest evidences, by which fields, and which field would "
                + "close each gap."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom coverage manifest.json", "  mlbom coverage models/bot.mlbom.json --format html > coverage.html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report printed", "2:usage error, missing, malformed or invalid file"})
public final class CoverageCommand extends BaseCommand {

    /** Output formats. */
    public enum Format {
        /** A text table. */
        TEXT,
        /** JSON. */
        JSON,
        /** Markdown. */
        MD,
        /** A self-contained HTML page with a heatmap. */
        HTML
    }

    /** Reads {@link Format} ids. */
    static final class FormatConverter extends EnumConverter<Format> {
        FormatConverter() {
            super(Format.class);
        }
    }

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A manifest or an envelope.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json, md or html. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    /** Picocli creates the command. */
    public CoverageCommand() {
    }

    @Override
    protected int run() throws Exception {
        CoverageReport report = CoverageReport.of(Document.read(file).manifest());
        String text = switch (json ? Format.JSON : format) {
            case TEXT -> CoverageRenderer.text(report);
            case JSON -> CoverageRenderer.json(report);
            case MD -> CoverageRenderer.markdown(report);
            case HTML -> CoverageRenderer.html(report);
        };
        out().print(text.endsWith("\n") ? text : text + "\n");
        return ExitCode.OK;
    }
}
