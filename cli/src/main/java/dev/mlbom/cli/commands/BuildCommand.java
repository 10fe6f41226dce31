package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Manifests;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.model.Manifest;
import dev.mlbom.schema.CompletenessReport;
import dev.mlbom.schema.Profiles;
import dev.mlbom.schema.RequiredField;
import dev.mlbom.schema.RequiredFieldProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom build}: reads a manifest written by hand (YAML or JSON), validates it and writes
 * the canonical JSON manifest.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "build",
        description = {"Validate a manifest written in YAML or JSON and write it as JSON (stdout, or -o FILE).",
            "Every problem is reported on stderr, one per line, as FILE: JSON-POINTER: MESSAGE; template "
                + "placeholders left in ('<...>') are reported the same way."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom build manifest.yaml -o manifest.json",
            "  mlbom build manifest.yaml --profile minimum --json     validate only; print the outcome as JSON"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the manifest is valid (and was written)",
            "2:usage error, missing file, malformed or invalid manifest (every problem listed)"})
public final class BuildCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A manifest: .yaml, .yml or .json.")
    Path manifestFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the JSON manifest here (replaced atomically) instead of to stdout.")
    Path output;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Also require the fields of a profile: minimum (what mlbom verify requires by default) or "
                + "complete. Without it, fields the minimum profile misses are only noted on stderr.")
    String profile;

    @Option(names = "--json", description = "Print the outcome as JSON instead of the manifest.")
    boolean json;

    /** Picocli creates the command. */
    public BuildCommand() {
    }

    @Override
    protected int run() throws Exception {
        RequiredFieldProfile required = null;
        if (profile != null) {
            required = Profiles.named(profile).orElseThrow(() -> CliException.input("unknown profile '" + profile
                    + "'; use minimum or complete"));
        }
        Manifest manifest;
        CompletenessReport completeness;
        try {
            manifest = Manifests.read(manifestFile);
            completeness = (required == null ? Profiles.minimum() : required)
                    .check(ManifestCodec.json().toTree(manifest));
            if (required != null && !completeness.isComplete()) {
                throw CliException.rejected("REQUIRED_FIELD_MISSING", manifestFile + ": "
                        + completeness.missing().size() + " field(s) of the '" + completeness.profile()
                        + "' profile missing (listed above)", missingLines(completeness), null);
            }
        } catch (CliException e) {
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("file", manifestFile.toString());
                doc.put("valid", false);
                doc.put("reason", e.reasonCode().orElse("UNREADABLE"));
                doc.put("problems", e.details().isEmpty() ? List.of(e.getMessage()) : e.details());
                Json.print(out(), doc);
            }
            throw e;
        }
        ManifestCodec codec = ManifestCodec.json();
        if (output != null) {
            codec.write(manifest, output);
        }
        if (required == null && !completeness.isComplete() && !json) {
            err().println("note: " + manifestFile + " lacks " + completeness.missing().size() + " field(s) of the"
                    + " 'minimum' profile that mlbom verify requires by default (check with --profile minimum):");
            missingLines(completeness).forEach(line -> err().println("  " + line));
        }
        String id = Manifests.id(manifest);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", manifestFile.toString());
            doc.put("valid", true);
            doc.put("output", output == null ? null : output.toString());
            doc.put("model", manifest.model().name() + "@" + manifest.model().version());
            doc.put("id", id);
            doc.put("profile", completeness.profile());
            doc.put("missing", completeness.missing().stream().map(RequiredField::path).toList());
            Json.print(out(), doc);
        } else if (output != null) {
            out().println("wrote " + output + ": " + manifest.model().name() + "@" + manifest.model().version()
                    + ", " + manifest.datasets().size() + " dataset(s), " + manifest.model().artifacts().size()
                    + " artifact(s)");
            out().println("manifest id: " + id);
        } else {
            out().print(new String(codec.write(manifest), StandardCharsets.UTF_8));
        }
        return ExitCode.OK;
    }

    private List<String> missingLines(CompletenessReport completeness) {
        return completeness.missing().stream()
                .map(f -> manifestFile + ": " + f.path() + ": missing (" + f.description() + ")")
                .toList();
    }
}
