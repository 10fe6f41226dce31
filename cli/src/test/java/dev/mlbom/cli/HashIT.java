package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashIT {

    @TempDir
    Path dir;

    @Test
    void hashesEveryFileSortedByPathWithoutProgressWhenNotATerminal() throws Exception {
        Path model = Cli.smallModel(dir.resolve("model"));
        Cli.Result result = Cli.run(dir, "hash", "model", "--algorithm", "sha256,blake3").succeeds();
        assertThat(result.out().lines().toList()).hasSize(6).first().asString()
                .isEqualTo("sha256:" + sha256(model.resolve("config.json")) + "  config.json");
        assertThat(result.out()).contains("blake3:", "  model.safetensors", "  tokenizer.json");
        assertThat(result.err()).as("short work prints no progress off a terminal").isEmpty();
    }

    @Test
    void jsonListsArtifactsAndShards() throws Exception {
        Cli.smallModel(dir.resolve("model"));
        Cli.Result result = Cli.run(dir, "hash", "model/model.safetensors", "--shard-size", "30000", "--json",
                "--threads", "2").succeeds();
        assertThat(result.out()).contains("\"path\" : \"model.safetensors\"", "\"size\" : 65536",
                "\"start\" : 60000", "\"end\" : 65536", "\"shardSize\" : 30000");
    }

    @Test
    void forcedPlainProgressStaysQuietForShortWorkAndBarDrawsOnStderr() throws Exception {
        Cli.smallModel(dir.resolve("model"));
        Cli.Result bar = Cli.run(dir, "hash", "model", "--progress", "bar").succeeds();
        assertThat(bar.out()).contains("model.safetensors");
        assertThat(bar.err()).doesNotContain("sha256:");
    }

    @Test
    void rejectsBadInputWithOneLine() throws IOException {
        Cli.smallModel(dir.resolve("model"));
        Cli.run(dir, "hash", "missing").failsWith(2, "mlbom: error: missing: no such file or directory");
        Cli.run(dir, "hash", "model", "--algorithm", "md5").failsWith(2, "unknown hash algorithm 'md5'");
        Cli.run(dir, "hash").failsWith(2, "Missing required parameter: 'PATH'");
        Files.createDirectory(dir.resolve("empty"));
        Cli.run(dir, "hash", "empty").failsWith(2, "[EMPTY_MODEL]");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        Cli.Result result = Cli.run(dir, "hash", "empty", "--verbose");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("mlbom: error: [EMPTY_MODEL]", "\tat ");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
