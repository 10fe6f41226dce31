package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hash, sign and verify a model kept in the Hugging Face cache layout (snapshot files link to blobs). */
class SymlinkedCacheIT {

    private static final String SNAPSHOT = "hub/models--acme--bot/snapshots/9f2c1e7";
    private static final String REPO = "hub/models--acme--bot";

    @TempDir
    Path dir;

    private void cache() throws IOException {
        Path blobs = Cli.smallModel(dir.resolve(REPO + "/blobs"));
        Path snapshot = Files.createDirectories(dir.resolve(SNAPSHOT));
        try (var files = Files.list(blobs)) {
            for (Path blob : files.toList()) {
                Files.createSymbolicLink(snapshot.resolve(blob.getFileName()), Path.of("../../blobs")
                        .resolve(blob.getFileName()));
            }
        }
    }

    @Test
    void hashSignAndVerifyFollowLinksOnlyInsideTheNamedDirectory() throws IOException {
        cache();
        Cli.run(dir, "hash", SNAPSHOT).failsWith(2, "[SYMLINK_REJECTED]", "--follow-symlinks-within");
        Cli.Result hashed = Cli.run(dir, "hash", SNAPSHOT, "--follow-symlinks-within", REPO).succeeds();
        assertThat(hashed.out()).contains("  config.json", "  model.safetensors", "  tokenizer.json");

        Files.writeString(dir.resolve("manifest.yaml"), SignVerifyIT.MANIFEST);
        Cli.run(dir, "keygen", "--algorithm", "ed25519", "--out", "release").succeeds();
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "manifest.yaml", SNAPSHOT).failsWith(2,
                "[SYMLINK_REJECTED]");
        Cli.run(dir, "sign", "--key", "release.key", "--manifest", "manifest.yaml", SNAPSHOT,
                "--follow-symlinks-within", REPO).succeeds();

        Cli.run(dir, "verify", SNAPSHOT, "--key", "release.pub").failsWith(1, "[ARTIFACT_UNREADABLE]");
        Cli.run(dir, "verify", SNAPSHOT, "--key", "release.pub", "--follow-symlinks-within", REPO).succeeds();
        Files.writeString(dir.resolve("policy.yaml"), "trustedKeys: [{publicKey: release.pub}]\n"
                + "artifacts: {followSymlinksWithin: " + REPO + "}\n");
        Cli.run(dir, "verify", SNAPSHOT, "--policy", "policy.yaml").succeeds();
        Cli.run(dir, "verify", SNAPSHOT, "--policy", "policy.yaml", "--follow-symlinks-within", REPO)
                .failsWith(2, "artifacts.followSymlinksWithin");

        Files.writeString(dir.resolve(REPO + "/blobs/config.json"), "{\"architectures\":[\"EvilForCausalLM\"]}\n");
        Cli.run(dir, "verify", SNAPSHOT, "--key", "release.pub", "--follow-symlinks-within", REPO)
                .failsWith(1, "[ARTIFACT_DIGEST_MISMATCH]", "config.json");
    }
}
