package dev.mlbom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The model a manifest describes: identity, family, task, source, license and artifacts.
 *
 * @param name the model's name, e.g. {@code acme/support-bot}
 * @param version its version, e.g. {@code 2.3.0}
 * @param architecture the architecture, e.g. {@code LlamaForCausalLM}
 * @param family the model family, e.g. {@code llama-3.1}
 * @param task the task, e.g. {@code text-generation}
 * @param description what the model is for, in a sentence or two
 * @param source where it comes from
 * @param license its license
 * @param restrictions use restrictions beyond the license (e.g. "no medical advice")
 * @param artifacts the model's files with digests, sorted by path, paths unique
 */
public record ModelInfo(String name, String version, Optional<String> architecture, Optional<String> family,
        Optional<String> task, Optional<String> description, Optional<ModelSource> source,
        Optional<License> license, List<String> restrictions, List<Artifact> artifacts) {

    /** Checks the invariants and copies the lists. */
    public ModelInfo {
        Check check = new Check();
        check.text("name", name);
        check.text("version", version);
        architecture = check.optionalText("architecture", architecture);
        family = check.optionalText("family", family);
        task = check.optionalText("task", task);
        description = check.optionalText("description", description);
        source = check.optional(source);
        license = check.optional(license);
        restrictions = check.texts("restrictions", restrictions);
        artifacts = check.list("artifacts", artifacts);
        check.distinct("artifacts", artifacts, Artifact::path, "artifact path");
        for (int i = 1; i < artifacts.size(); i++) {
            if (artifacts.get(i - 1).path().compareTo(artifacts.get(i).path()) > 0) {
                List<Artifact> sorted = new ArrayList<>(artifacts);
                sorted.sort((a, b) -> a.path().compareTo(b.path()));
                artifacts = List.copyOf(sorted);
                break;
            }
        }
        check.done();
    }

    /**
     * The model's {@code name@version}.
     *
     * @return e.g. {@code acme/support-bot@2.3.0}
     */
    public String coordinates() {
        return name + "@" + version;
    }

    /**
     * Creates a builder. Defaults: every optional value empty, every list empty.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ModelInfo}. Not thread-safe.
     */
    public static final class Builder {
        private String name;
        private String version;
        private String architecture;
        private String family;
        private String task;
        private String description;
        private Supplier<ModelSource> source;
        private Supplier<License> license;
        private final List<String> restrictions = new ArrayList<>();
        private final List<Artifact> artifacts = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the name (required).
         *
         * @param name e.g. {@code acme/support-bot}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the version (required).
         *
         * @param version e.g. {@code 2.3.0}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets the architecture.
         *
         * @param architecture e.g. {@code LlamaForCausalLM}
         * @return this builder
         */
        public Builder architecture(String architecture) {
            this.architecture = architecture;
            return this;
        }

        /**
         * Sets the family.
         *
         * @param family e.g. {@code llama-3.1}
         * @return this builder
         */
        public Builder family(String family) {
            this.family = family;
            return this;
        }

        /**
         * Sets the task.
         *
         * @param task e.g. {@code text-generation}
         * @return this builder
         */
        public Builder task(String task) {
            this.task = task;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description a sentence or two
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the source.
         *
         * @param type hub, vendor, internal
         * @param uri where it is, or null
         * @param revision the revision taken, or null
         * @return this builder
         */
        public Builder source(ModelSourceType type, String uri, String revision) {
            this.source = () -> new ModelSource(type, Optional.empty(), Optional.ofNullable(uri),
                    Optional.ofNullable(revision));
            return this;
        }

        /**
         * Sets the source.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(ModelSource source) {
            this.source = () -> source;
            return this;
        }

        /**
         * Sets the license by SPDX expression.
         *
         * @param spdxExpression e.g. {@code Apache-2.0}
         * @return this builder
         */
        public Builder license(String spdxExpression) {
            this.license = () -> License.spdx(spdxExpression);
            return this;
        }

        /**
         * Sets the license.
         *
         * @param license the license
         * @return this builder
         */
        public Builder license(License license) {
            this.license = () -> license;
            return this;
        }

        /**
         * Adds a use restriction.
         *
         * @param restriction e.g. {@code no medical advice}
         * @return this builder
         */
        public Builder restriction(String restriction) {
            restrictions.add(restriction);
            return this;
        }

        /**
         * Adds an artifact.
         *
         * @param artifact a model file with digests
         * @return this builder
         */
        public Builder artifact(Artifact artifact) {
            artifacts.add(artifact);
            return this;
        }

        /**
         * Adds artifacts, e.g. the result of hashing the model directory.
         *
         * @param all the artifacts
         * @return this builder
         */
        public Builder artifacts(List<Artifact> all) {
            artifacts.addAll(all);
            return this;
        }

        /**
         * Builds the model info.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem
         */
        public ModelInfo build() {
            Assembly assembly = new Assembly();
            ModelSource builtSource = source == null ? null : assembly.part("/source", source);
            License builtLicense = license == null ? null : assembly.part("/license", license);
            return assembly.finish(() -> new ModelInfo(name, version, Optional.ofNullable(architecture),
                    Optional.ofNullable(family), Optional.ofNullable(task), Optional.ofNullable(description),
                    Optional.ofNullable(builtSource), Optional.ofNullable(builtLicense), restrictions, artifacts));
        }
    }
}
