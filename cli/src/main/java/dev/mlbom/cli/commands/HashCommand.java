package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.ArtifactViews;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.HashAlgorithmConverter;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Progress;
import dev.mlbom.cli.support.ProgressMode;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.HashAlgorithm;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom hash}: prints the digests of a model file or of every file of a model directory.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "hash",
        description = {"Print the digests of a model file, or of every file of a model directory.",
            "Files are listed sorted by path, one line per digest: 'sha256:<hex>  <path>' (sharded files: "
                + "'<path>:<start>:<end>'). VCS metadata and *.mlbom.json envelopes are skipped; symbolic "
                + "links are rejected."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom hash models/bot",
            "  mlbom hash models/bot --algorithm sha256,blake3 --json",
            "  mlbom hash models/big --shard-size 1000000000 --threads 8"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:digests printed", "2:usage error, missing or unreadable path, symlink or special file"})
public final class HashCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "PATH", description = "A model directory or a single file.")
    Path path;

    @Option(names = {"-a", "--algorithm"}, split = ",", paramLabel = "ALG",
            converter = HashAlgorithmConverter.class,
            description = "Digest algorithm(s): sha256 (default), sha384, sha512, blake3; repeat or separate "
                + "with commas to compute several in one pass.")
    List<HashAlgorithm> algorithms = new ArrayList<>();

    @Option(names = "--shard-size", paramLabel = "BYTES",
            description = "Hash each file in shards of this many bytes (as OpenSSF Model Signing does); "
                + "default: whole files.")
    Long shardSize;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads; default: the number of processors.")
    Integer threads;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", converter = ProgressMode.Converter.class,
            description = "Progress on stderr: auto (a bar on a terminal, else a plain line every 5 s), bar, "
                + "plain or none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Option(names = "--json", description = "Print the artifacts as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public HashCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (shardSize != null && shardSize <= 0) {
            throw CliException.input("--shard-size must be a positive number of bytes, got " + shardSize);
        }
        if (threads != null && threads <= 0) {
            throw CliException.input("--threads must be at least 1, got " + threads);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw CliException.input(path + ": no such file or directory");
        }
        Progress bar = new Progress(err(), progress, "hashing");
        ArtifactHasher.Builder builder = ArtifactHasher.builder()
                .listener(bar::update);
        if (!algorithms.isEmpty()) {
            builder.algorithms(algorithms);
        }
        if (shardSize != null) {
            builder.sharded(shardSize);
        }
        if (threads != null) {
            builder.threads(threads);
        }
        ArtifactHasher hasher = builder.build();
        List<Artifact> artifacts;
        try {
            if (Files.isDirectory(path)) {
                artifacts = hasher.hashDirectory(path);
            } else {
                Path absolute = path.toAbsolutePath();
                artifacts = List.of(hasher.hashFile(absolute.getParent(), absolute.getFileName().toString()));
            }
        } finally {
            bar.finish();
        }
        long total = artifacts.stream().mapToLong(Artifact::size).sum();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("path", path.toString());
            doc.put("algorithms", hasher.algorithms().stream().map(HashAlgorithm::id).toList());
            doc.put("shardSize", shardSize);
            doc.put("files", artifacts.size());
            doc.put("bytes", total);
            doc.put("artifacts", artifacts.stream().map(ArtifactViews::toJson).toList());
            Json.print(out(), doc);
        } else {
            for (Artifact artifact : artifacts) {
                for (String line : ArtifactViews.lines(artifact)) {
                    out().println(line);
                }
            }
        }
        return ExitCode.OK;
    }
}
