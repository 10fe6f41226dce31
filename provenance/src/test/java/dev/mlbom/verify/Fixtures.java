package dev.mlbom.verify;

import static dev.mlbom.model.ConsentStatus.OBTAINED;
import static dev.mlbom.model.DatasetRole.EVALUATION;
import static dev.mlbom.model.DatasetRole.TRAINING;
import static dev.mlbom.model.DatasetSourceType.PUBLIC;
import static dev.mlbom.model.DatasetSourceType.USER;
import static dev.mlbom.model.TrainingProcedure.LORA;

import dev.mlbom.Provenance;
import dev.mlbom.model.LineageRelation;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/** Small models and manifests for verification tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A model directory with three files; the weights are 5000 seeded random bytes. */
    static Path model(Path parent, String name) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("config.json"), "{\"model_type\":\"llama\",\"hidden_size\":64}\n");
        Files.writeString(dir.resolve("tokenizer.json"), "{\"version\":\"1.0\"}\n");
        byte[] weights = new byte[5000];
        new Random(42).nextBytes(weights);
        Files.write(dir.resolve("model.safetensors"), weights);
        return dir;
    }

    /** A manifest that meets the minimum profile. */
    static Manifest manifest(String name, String version) throws ManifestException {
        return base(name, version).build();
    }

    /** A manifest derived from a parent. */
    static Manifest child(String name, String version, LineageRelation relation, String parentName,
            String parentVersion, String parentId) throws ManifestException {
        return base(name, version).parent(relation, parentName, parentVersion, parentId).build();
    }

    private static Manifest.Builder base(String name, String version) {
        return Provenance.builder()
                .model(m -> m.name(name).version(version).architecture("LlamaForCausalLM").task("text-generation")
                        .license("Apache-2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01").role(TRAINING).sourceType(USER)
                        .license("LicenseRef-acme-internal").consent(OBTAINED).knownBias("English only")
                        .records(120_000))
                .dataset(d -> d.name("mmlu").version("2024-01").role(EVALUATION).sourceType(PUBLIC).license("MIT"))
                .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64)
                        .code("https://git.acme.example/ml/trainer", "9f2c1e7"))
                .evaluation(e -> e.benchmark("mmlu", "mmlu test", "accuracy", 0.671, LocalDate.of(2026, 10, 30))
                        .limitation("not evaluated on non-English tickets"))
                .operations(o -> o.permitTool("order-lookup").safetyFilter("pii-redactor", "1.2")
                        .deploymentConstraint("EU region only").environment("kubernetes, vLLM"))
                .event("alice@acme.example", "ML engineer", "trained", Instant.parse("2026-10-31T09:00:00Z"));
    }

    static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
