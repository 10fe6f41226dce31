package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.ArtifactViews;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.HashingOptions;
import dev.mlbom.cli.support.Json;
import dev.mlbom.cli.support.Progress;
import dev.mlbom.hash.ArtifactHasher;
import dev.mlbom.model.Artifact;
import dev.mlbom.model.HashAlgorithm;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                + "links are rejected unless --follow-symlinks-within names the directory they may point into."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom hash models/bot",
            "  mlbom hash models/bot --algorithm sha256,blake3 --json",
            "  mlbom hash models/big --shard-size 1000000000 --threads 8",
            "  mlbom hash hub/models--acme--bot/snapshots/9f2c1e7 --follow-symlinks-within hub/models--acme--bot"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:digests printed", "2:usage error, missing or unreadable path, symlink or special file"})
public final class HashCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "PATH", description = "A model directory or a single file.")
    Path path;

    @Mixin
    HashingOptions hashing;

    @Option(names = "--json", description = "Print the artifacts as JSON.")
    boolean json;

    /** Picocli creates the command. */
    public HashCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw CliException.input(path + ": no such file or directory");
        }
        Progress bar = new Progress(err(), hashing.progress(), "hashing");
        ArtifactHasher hasher = hashing.hasher(bar);
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
            doc.put("shardSize", hashing.shardSize().orElse(null));
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
