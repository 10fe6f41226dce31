package dev.mlbom.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.ErrorReporter;
import dev.mlbom.cli.support.HashAlgorithmConverter;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Progress;
import dev.mlbom.cli.support.ProgressMode;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.Digest;
import dev.mlbom.model.HashAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom init}: writes a commented manifest template, with the model's files hashed in when
 * a model directory is given.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "init",
        description = {"Write a commented manifest template (YAML): every section, what each field means and "
                + "the ids its enums accept. Given a model directory, its files are hashed into model.artifacts "
                + "and the architecture is read from its config.json.",
            "Fill in the \"<...>\" placeholders (or delete what does not apply), then run mlbom build."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom init models/bot -o manifest.yaml",
            "  mlbom init > manifest.yaml                 the bare template, no model files"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:template written",
            "2:usage error, unreadable model directory, output file exists (without --force)"})
public final class InitCommand extends BaseCommand {

    private static final String TEMPLATE = "manifest-template.yaml";

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL_DIR",
            description = "The model directory whose files to list (hashed); optional.")
    Path modelDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the template here, not to stdout.")
    Path output;

    @Option(names = "--force", description = "Replace the output file when it exists.")
    boolean force;

    @Option(names = {"-a", "--algorithm"}, split = ",", paramLabel = "ALG", converter = HashAlgorithmConverter.class,
            description = "Digest algorithm(s) for the artifacts: sha256 (default), sha384, sha512, blake3.")
    List<HashAlgorithm> algorithms = new ArrayList<>();

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", converter = ProgressMode.Converter.class,
            description = "Hashing progress on stderr: auto, bar, plain or none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Option(names = "--json", description = "Print what was written as JSON (needs -o).")
    boolean json;

    /** Picocli creates the command. */
    public InitCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (json && output == null) {
            throw CliException.input("--json describes the file written with -o; give -o FILE");
        }
        if (output != null && !force && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            throw CliException.input(output + ": already exists; use --force to replace it");
        }
        List<Artifact> artifacts = List.of();
        String architecture = null;
        if (modelDir != null) {
            if (!Files.isDirectory(modelDir)) {
                throw CliException.input(modelDir + (Files.exists(modelDir) ? ": not a directory" : ": no such directory"));
            }
            Progress bar = new Progress(err(), progress, "hashing");
            ArtifactHasher.Builder hasher = ArtifactHasher.builder().listener(bar::update);
            if (!algorithms.isEmpty()) {
                hasher.algorithms(algorithms);
            }
            try {
                artifacts = hasher.build().hashDirectory(modelDir);
            } finally {
                bar.finish();
            }
            architecture = architecture(modelDir.resolve("config.json"));
        }
        String text = template(artifacts, architecture);
        if (output == null) {
            out().print(text);
            return ExitCode.OK;
        }
        write(text);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("output", output.toString());
            doc.put("modelDir", modelDir == null ? null : modelDir.toString());
            doc.put("artifacts", artifacts.size());
            doc.put("architecture", architecture);
            Json.print(out(), doc);
        } else {
            out().println("wrote " + output + (modelDir == null ? "" : " with " + artifacts.size()
                    + " artifact(s) from " + modelDir));
            out().println("next: replace the \"<...>\" placeholders (or delete what does not apply), then run");
            out().println("  mlbom build " + output + " -o manifest.json");
        }
        return ExitCode.OK;
    }

    /**
     * The template text.
     *
     * @param artifacts the model's files, possibly none
     * @param architecture the architecture read from config.json, or null
     * @return YAML text
     */
    static String template(List<Artifact> artifacts, String architecture) throws IOException {
        String template;
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the mlbom jar");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ObjectMapper quote = new ObjectMapper();
        StringBuilder list = new StringBuilder();
        if (artifacts.isEmpty()) {
            list.append(" []                                         # filled in by mlbom sign");
        }
        for (Artifact artifact : artifacts) {
            list.append("\n    - path: ").append(quote.writeValueAsString(artifact.path()));
            list.append("\n      size: ").append(artifact.size());
            list.append("\n      digests:");
            for (Digest digest : artifact.digests()) {
                list.append("\n        ").append(digest.algorithm().id()).append(": ").append(digest.hex());
            }
        }
        return template.replace("{{ARTIFACTS}}", list)
                .replace("{{ARCHITECTURE}}", architecture == null ? "\"<architecture, e.g. LlamaForCausalLM>\""
                        : quote.writeValueAsString(architecture));
    }

    private static String architecture(Path config) {
        if (!Files.isRegularFile(config)) {
            return null;
        }
        try {
            JsonNode tree = new ObjectMapper().readTree(config.toFile());
            JsonNode architectures = tree == null ? null : tree.get("architectures");
            if (architectures != null && architectures.isArray() && architectures.size() > 0
                    && architectures.get(0).isTextual() && !architectures.get(0).textValue().isBlank()) {
                return architectures.get(0).textValue();
            }
        } catch (IOException | RuntimeException e) {
            // not a Hugging Face config: leave the placeholder
        }
        return null;
    }

    private void write(String text) throws CliException {
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (force) {
                Files.write(output, bytes);
            } else {
                Files.write(output, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw CliException.input(output + ": already exists; use --force to replace it");
        } catch (IOException e) {
            throw CliException.input("cannot write " + ErrorReporter.describe(e), e);
        }
    }
}
