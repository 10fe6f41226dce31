package dev.mlbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real shaded jar ({@code target/mlbom.jar}, system property {@code mlbom.jar}) as a
 * process and captures what it prints.
 */
final class Cli {

    /**
     * A manifest (YAML) that meets the {@code minimum} profile: acme/bot 1.0.0 with one dataset,
     * training, one benchmark and a deployment constraint; tests add to it or change it.
     */
    static final String MANIFEST = String.join("\n",
        "schema: https://mlbom.dev/schema/manifest/v1",
        "model:",
        "  name: acme/bot",
        "  version: 1.0.0",
        "  license: {spdx: Apache-2.0}",
        "datasets:",
        "  - {name: tickets, version: 2026-10-01, role: fine-tuning, sourceType: user}",
        "training: {procedure: lora, hyperparameters: {epochs: 3}}",
        "evaluation:",
        "  benchmarks: [{name: mmlu, value: 0.61, date: \"2026-10-30\"}]",
        "operations: {deploymentConstraints: [EU only]}",
        "");

    private static final Path JAR = Path.of(System.getProperty("mlbom.jar", "target/mlbom.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {

        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }

        /** Asserts the exit code and that stderr holds exactly one {@code mlbom:} error line and no stack trace. */
        Result failsWith(int expectedExit, String... fragments) {
            assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
            List<String> errorLines = errLines().stream().filter(l -> l.startsWith("mlbom: ")).toList();
            assertThat(errorLines).as("one-line error on stderr: %s", err).hasSize(1);
            assertThat(err).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in thread");
            for (String fragment : fragments) {
                assertThat(errorLines.get(0)).contains(fragment);
            }
            return this;
        }

        Result succeeds() {
            assertThat(exit).as("exit code; stderr: %s; stdout: %s", err, out).isZero();
            return this;
        }
    }

    static Path jar() {
        assertThat(JAR).as("the shaded jar; run 'mvn -pl cli -am verify'").exists();
        return JAR;
    }

    static Result run(Path workDir, String... args) {
        return run(workDir, Map.of(), args);
    }

    static Result run(Path workDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mlbom " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small model: config.json, tokenizer.json and 64 KiB of weights. */
    static Path smallModel(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), "{\"architectures\":[\"TinyForCausalLM\"],\"hidden_size\":64}\n");
        Files.writeString(dir.resolve("tokenizer.json"), "{\"version\":\"1.0\",\"model\":{\"type\":\"BPE\"}}\n");
        byte[] weights = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(weights);
        Files.write(dir.resolve("model.safetensors"), weights);
        return dir;
    }
}
