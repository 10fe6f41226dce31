package dev.mlbom.diff;

import java.util.Objects;

/**
 * One line of a diff's summary, in words a person reads: {@code base model changed:
 * meta-llama/Llama-3.1-8B@r1 -> @r2}, {@code dataset support-tickets 2026-09 -> 2026-10},
 * {@code learning rate 2e-5 -> 3e-5}, {@code safety filter added: pii-redactor},
 * {@code artifact weights.safetensors changed}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param topic which part of the manifest it concerns
 * @param text the sentence
 */
public record SemanticChange(Topic topic, String text) {

    /** The part of a manifest a change concerns, in manifest order. */
    public enum Topic {
        /** Model identity, description, source, license, restrictions. */
        MODEL,
        /** Parent models. */
        LINEAGE,
        /** Datasets. */
        DATASET,
        /** Training procedure, hyperparameters, code, environment. */
        TRAINING,
        /** Benchmarks, red teaming, failure modes, limitations. */
        EVALUATION,
        /** Tools, APIs, indexes, safety filters, system prompts, deployment. */
        OPERATIONS,
        /** Runtime dependencies. */
        DEPENDENCY,
        /** The model's files. */
        ARTIFACT,
        /** Events and extensions. */
        OTHER
    }

    /** Checks the invariants. */
    public SemanticChange {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
