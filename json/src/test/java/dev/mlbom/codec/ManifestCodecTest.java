package dev.mlbom.codec;

import static dev.mlbom.model.ConsentStatus.OBTAINED;
import static dev.mlbom.model.DatasetRole.TRAINING;
import static dev.mlbom.model.TrainingProcedure.LORA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.Provenance;
import dev.mlbom.model.Manifest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManifestCodecTest {

    static Manifest example() throws Exception {
        return Provenance.builder()
                .model(m -> m.name("acme/support-bot").version("2.3.0").architecture("LlamaForCausalLM")
                        .license("Apache-2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01").role(TRAINING).consent(OBTAINED)
                        .knownBias("English only"))
                .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
                .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
                .build();
    }

    @Test
    void writesTheExampleAsDeterministicJson() throws Exception {
        String json = new String(ManifestCodec.json().write(example()), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("""
                {
                  "schema": "https://mlbom.dev/schema/manifest/v1",
                  "model": {
                    "name": "acme/support-bot",
                    "version": "2.3.0",
                    "architecture": "LlamaForCausalLM",
                    "license": {
                      "spdx": "Apache-2.0"
                    }
                  },
                  "datasets": [
                    {
                      "name": "support-tickets",
                      "version": "2026-10-01",
                      "role": "training",
                      "consent": "obtained",
                      "knownBiases": [
                        "English only"
                      ]
                    }
                  ],
                  "training": {
                    "procedure": "lora",
                    "hyperparameters": {
                      "epochs": 3,
                      "learningRate": 2.0E-5,
                      "batchSize": 64
                    }
                  },
                  "evaluation": {
                    "benchmarks": [
                      {
                        "name": "mmlu",
                        "value": 0.671,
                        "date": "2026-10-30"
                      }
                    ]
                  }
                }
                """);
    }

    @Test
    void roundTripsTheExample() throws Exception {
        Manifest m = example();
        assertThat(ManifestCodec.json().read(ManifestCodec.json().write(m))).isEqualTo(m);
        assertThat(ManifestCodec.yaml().read(ManifestCodec.yaml().write(m))).isEqualTo(m);
    }
}
