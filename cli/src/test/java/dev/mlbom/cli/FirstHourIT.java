package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The papercuts of a first hour with the command line (issue 14, item 6). */
class FirstHourIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every command with a --json option. */
    private static final List<String> JSON_COMMANDS = List.of("init", "build", "hash", "keygen", "sign", "verify",
            "inspect", "diff", "coverage", "canon");

    @TempDir
    Path dir;

    @Test
    void aMissingRequiredArgumentHasOnePrefix() {
        Cli.Result result = Cli.run(dir, "verify", "model").failsWith(2, "mlbom: error: Missing required argument");
        assertThat(result.err()).doesNotContainIgnoringCase("error: error:");
    }

    @Test
    void everyJsonCommandPrintsAUsageErrorAsJsonOnStdout() throws IOException {
        for (String command : JSON_COMMANDS) {
            Cli.Result result = Cli.run(dir, command, "--json", "--frobnicate").failsWith(2, "mlbom: error: ");
            JsonNode error = JSON.readTree(result.out()).path("error");
            assertThat(error.path("reason").asText()).as(command).isEqualTo("USAGE");
            assertThat(error.path("message").asText()).as(command).isNotBlank();
            assertThat(result.err()).as(command).contains("mlbom: error: " + error.path("message").asText());
        }
        assertThat(Cli.run(dir, "hash", "--frobnicate").out()).as("without --json, nothing on stdout").isEmpty();
    }

    @Test
    void aMissingRequiredArgumentWithJsonIsAJsonError() throws IOException {
        Cli.Result result = Cli.run(dir, "verify", "model", "--json").failsWith(2);
        JsonNode error = JSON.readTree(result.out()).path("error");
        assertThat(error.path("reason").asText()).isEqualTo("USAGE");
        assertThat(error.path("message").asText()).startsWith("Missing required argument");
    }

    @Test
    void anInputErrorWithJsonIsAJsonErrorWithItsReasonCode() throws IOException {
        Files.writeString(dir.resolve("bad.json"), "{\"a\": ");
        Cli.Result result = Cli.run(dir, "canon", "bad.json", "--json").failsWith(2);
        JsonNode error = JSON.readTree(result.out()).path("error");
        assertThat(error.path("reason").asText()).isNotBlank().isNotEqualTo("USAGE");
        assertThat(error.path("message").asText()).isNotBlank();

        JsonNode missing = JSON.readTree(Cli.run(dir, "hash", "missing", "--json").failsWith(2).out()).path("error");
        assertThat(missing.path("message").asText()).contains("missing");
    }

    @Test
    void messagesNameOptionsNotJavaMethods() throws IOException {
        Path model = Cli.smallModel(dir.resolve("blobs"));
        Path snapshot = Files.createDirectories(dir.resolve("snapshot"));
        Files.createSymbolicLink(snapshot.resolve("config.json"), model.resolve("config.json"));
        Cli.Result result = Cli.run(dir, "hash", "snapshot").failsWith(2, "[SYMLINK_REJECTED]",
                "--follow-symlinks-within");
        assertThat(result.err()).doesNotContain("()").doesNotContain("followSymlinksInsideRoot");
        JsonNode error = JSON.readTree(Cli.run(dir, "hash", "snapshot", "--json").failsWith(2).out()).path("error");
        assertThat(error.path("reason").asText()).isEqualTo("SYMLINK_REJECTED");
        assertThat(error.path("message").asText()).doesNotContain("()");
    }

    @Test
    void theLaunchersFirstBuildPrintsNoEscapeCodes() throws Exception {
        Path launcher = Cli.jar().getParent().getParent().getParent().resolve("mlbom");
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(launcher, checkout.resolve("mlbom"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // a stand-in for Maven 3.8, which prints ANSI reset codes even in batch mode
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nprintf '\\033[0m\\033[0m'\nif [ -n \"$FAIL\" ]; then\n"
                + "  printf '\\033[1;31m[ERROR]\\033[m compilation failed\\n'; exit 1\nfi\n"
                + "mkdir -p cli/target && cp '" + Cli.jar() + "' cli/target/mlbom.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = bin + ":" + System.getenv("PATH");

        String built = launch(checkout, Map.of("PATH", path), 0);
        assertThat(built).doesNotContain("\u001b").contains("mlbom: building").contains("mlbom ");

        Files.delete(checkout.resolve("cli/target/mlbom.jar"));
        String failed = launch(checkout, Map.of("PATH", path, "FAIL", "1"), 2);
        assertThat(failed).doesNotContain("\u001b").contains("[ERROR] compilation failed")
                .contains("mlbom: error: the build failed");
    }

    private static String launch(Path checkout, Map<String, String> env, int expectedExit) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(checkout.resolve("mlbom").toString(), "--version")
                .directory(checkout.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(expectedExit);
        return out;
    }
}
