package dev.mlbom.examples;

import static dev.mlbom.model.ConsentStatus.OBTAINED;
import static dev.mlbom.model.DatasetRole.TRAINING;
import static dev.mlbom.model.TrainingProcedure.LORA;

import dev.mlbom.Provenance;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The first door: training code describes the model it just trained, and writes the manifest.
 *
 * <p>Run from the repository root:
 * <pre>{@code
 * mvn -B -q -pl examples -am package -DskipTests -Dexample.skip=false
 * }</pre>
 */
public final class TrainingJobExample {

    private TrainingJobExample() {
    }

    /**
     * Builds the example manifest.
     *
     * @return the manifest of {@code acme/support-bot} 2.3.0
     * @throws ManifestException listing every problem, if the description were invalid
     */
    public static Manifest manifest() throws ManifestException {
        return Provenance.builder()
                .model(m -> m.name("acme/support-bot").version("2.3.0")
                        .architecture("LlamaForCausalLM").license("Apache-2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01")
                        .role(TRAINING).consent(OBTAINED).knownBias("English only"))
                .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
                .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
                .build();
    }

    /**
     * Prints the example manifest as JSON, then as YAML.
     *
     * @param args ignored
     * @throws ManifestException if the manifest were invalid
     */
    public static void main(String[] args) throws ManifestException {
        Manifest manifest = manifest();
        System.out.println("# manifest.json");
        System.out.print(new String(ManifestCodec.json().write(manifest), StandardCharsets.UTF_8));
        System.out.println();
        System.out.println("# manifest.yaml");
        System.out.print(new String(ManifestCodec.yaml().write(manifest), StandardCharsets.UTF_8));
    }
}
