package dev.mlbom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the model is operated: what it may call, which filters guard it, its system prompts, and
 * where and under which constraints it is deployed.
 *
 * @param permittedTools tools the model may invoke
 * @param permittedApis APIs the model may call
 * @param permittedIndexes retrieval indexes the model may query
 * @param safetyFilters safety filters; names unique
 * @param systemPrompts system prompts by digest; names unique
 * @param deploymentConstraints constraints on deployment (e.g. {@code EU region only})
 * @param environment the deployment environment (e.g. {@code kubernetes, 2x L4, vLLM 0.6})
 */
public record Operations(List<String> permittedTools, List<String> permittedApis, List<String> permittedIndexes,
        List<SafetyFilter> safetyFilters, List<SystemPrompt> systemPrompts, List<String> deploymentConstraints,
        Optional<String> environment) {

    /** Checks the invariants and copies the lists. */
    public Operations {
        Check check = new Check();
        permittedTools = check.texts("permittedTools", permittedTools);
        permittedApis = check.texts("permittedApis", permittedApis);
        permittedIndexes = check.texts("permittedIndexes", permittedIndexes);
        safetyFilters = check.list("safetyFilters", safetyFilters);
        check.distinct("safetyFilters", safetyFilters, SafetyFilter::name, "safety filter");
        systemPrompts = check.list("systemPrompts", systemPrompts);
        check.distinct("systemPrompts", systemPrompts, SystemPrompt::name, "system prompt");
        deploymentConstraints = check.texts("deploymentConstraints", deploymentConstraints);
        environment = check.optionalText("environment", environment);
        check.done();
    }

    /**
     * Creates a builder. Defaults: every list empty, no environment.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Operations}. Not thread-safe.
     */
    public static final class Builder {
        private final List<String> permittedTools = new ArrayList<>();
        private final List<String> permittedApis = new ArrayList<>();
        private final List<String> permittedIndexes = new ArrayList<>();
        private final List<java.util.function.Supplier<SafetyFilter>> safetyFilters = new ArrayList<>();
        private final List<java.util.function.Supplier<SystemPrompt>> systemPrompts = new ArrayList<>();
        private final List<String> deploymentConstraints = new ArrayList<>();
        private String environment;

        private Builder() {
        }

        /**
         * Permits a tool.
         *
         * @param tool e.g. {@code order-lookup}
         * @return this builder
         */
        public Builder permitTool(String tool) {
            permittedTools.add(tool);
            return this;
        }

        /**
         * Permits an API.
         *
         * @param api e.g. {@code https://api.acme.com/orders}
         * @return this builder
         */
        public Builder permitApi(String api) {
            permittedApis.add(api);
            return this;
        }

        /**
         * Permits a retrieval index.
         *
         * @param index e.g. {@code kb-articles-2026-10}
         * @return this builder
         */
        public Builder permitIndex(String index) {
            permittedIndexes.add(index);
            return this;
        }

        /**
         * Adds a safety filter.
         *
         * @param name e.g. {@code pii-redactor}
         * @param version its version, or null
         * @return this builder
         */
        public Builder safetyFilter(String name, String version) {
            safetyFilters.add(() -> new SafetyFilter(name, Optional.ofNullable(version), Optional.empty()));
            return this;
        }

        /**
         * Adds a system prompt by the SHA-256 of its UTF-8 text.
         *
         * @param name e.g. {@code support-agent-v4}
         * @param sha256Hex the digest in lower-case hex
         * @return this builder
         */
        public Builder systemPrompt(String name, String sha256Hex) {
            systemPrompts.add(() -> {
                Digest digest;
                try {
                    digest = new Digest(HashAlgorithm.SHA256, sha256Hex);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new InvalidManifestException(List.of(new Problem("/digest",
                            "is not a SHA-256 digest: give 64 lower-case hex characters")));
                }
                return new SystemPrompt(name, digest);
            });
            return this;
        }

        /**
         * Adds a deployment constraint.
         *
         * @param constraint e.g. {@code EU region only}
         * @return this builder
         */
        public Builder deploymentConstraint(String constraint) {
            deploymentConstraints.add(constraint);
            return this;
        }

        /**
         * Sets the deployment environment.
         *
         * @param environment e.g. {@code kubernetes, vLLM 0.6}
         * @return this builder
         */
        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Builds the operations record.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem
         */
        public Operations build() {
            Assembly assembly = new Assembly();
            List<SafetyFilter> filters = assembly.parts("/safetyFilters", safetyFilters);
            List<SystemPrompt> prompts = assembly.parts("/systemPrompts", systemPrompts);
            return assembly.finish(() -> new Operations(permittedTools, permittedApis, permittedIndexes, filters,
                    prompts, deploymentConstraints, Optional.ofNullable(environment)));
        }
    }
}
