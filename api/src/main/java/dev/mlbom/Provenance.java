package dev.mlbom;

import dev.mlbom.model.Manifest;

/**
 * Where training code starts: {@link #builder()} describes a model's provenance in a few fluent
 * lines and validates it.
 *
 * <pre>{@code
 * Manifest manifest = Provenance.builder()
 *     .model(m -> m.name("acme/support-bot").version("2.3.0")
 *         .architecture("LlamaForCausalLM").license("Apache-2.0"))
 *     .dataset(d -> d.name("support-tickets").version("2026-10-01")
 *         .role(TRAINING).consent(OBTAINED).knownBias("English only"))
 *     .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
 *     .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
 *     .build();
 * }</pre>
 *
 * <p>Stateless and thread-safe; each builder is for one thread.
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * Starts describing a model's provenance.
     *
     * @return a new manifest builder; {@code build()} throws a {@code ManifestException} listing
     *     every problem by JSON Pointer
     */
    public static Manifest.Builder builder() {
        return Manifest.builder();
    }
}
