package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoIT {

    @TempDir
    Path dir;

    @Test
    void demoSignsVerifiesTampersAndIsBlocked() {
        Cli.Result result = Cli.run(dir, "demo").succeeds();
        assertThat(result.out()).contains("1. Make a small model", "2. Describe it with Provenance.builder()",
                "meets the 'minimum' profile", "3. Generate an Ed25519 signing key", "4. Sign", "5. Verify",
                "VERIFIED: ", "6. Tamper", "BLOCKED [ARTIFACT_DIGEST_MISMATCH]",
                "Result: the signed model verified and the tampered one was refused, as expected.");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void keepLeavesAnUntamperedModelThatVerifies() throws Exception {
        Cli.Result result = Cli.run(dir, "demo", "--keep", "kept").succeeds();
        assertThat(result.out()).contains("Kept in kept", "Try:", "mlbom verify kept/model --key kept/release.pub");
        for (String file : new String[] {"model/model.safetensors", "manifest.json", "release.key", "release.pub",
            "model.mlbom.json"}) {
            assertThat(dir.resolve("kept").resolve(file)).exists();
        }
        Cli.run(dir, "verify", "kept/model", "--key", "kept/release.pub").succeeds();
        Cli.run(dir, "build", "kept/manifest.json", "--profile", "minimum").succeeds();

        Cli.run(dir, "demo", "--keep", "kept").failsWith(2, "kept: is not empty");
        Files.writeString(dir.resolve("file"), "x");
        Cli.run(dir, "demo", "--keep", "file").failsWith(2, "not a directory");
    }
}
