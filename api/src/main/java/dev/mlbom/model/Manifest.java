package dev.mlbom.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A provenance manifest (ML-BOM), version 1: the model, its datasets, training, evaluation,
 * operations, runtime dependencies, lineage, events and extensions.
 *
 * <p>Immutable and thread-safe. Build one with {@code Provenance.builder()} (or
 * {@link #builder()}); read and write one with the codec in {@code dev.mlbom.codec}. Its identity
 * ({@link ManifestId}) is the SHA-256 of its RFC 8785 canonical JSON, computed in
 * {@code dev.mlbom.core}.
 *
 * @param model the model described
 * @param datasets datasets used; names unique
 * @param training how it was trained
 * @param evaluation how it was evaluated
 * @param operations how it is operated
 * @param dependencies runtime components; names unique
 * @param lineage parent models
 * @param events who did what, when; in time order
 * @param extensions namespaced extra data (keys like {@code com.acme.pipeline}), preserved, never
 *     required; sorted by key
 */
public record Manifest(ModelInfo model, List<Dataset> datasets, Optional<Training> training,
        Optional<Evaluation> evaluation, Optional<Operations> operations, List<RuntimeDependency> dependencies,
        Lineage lineage, List<Event> events, Map<String, JsonValue> extensions) {

    /** The schema URI of manifest version 1, written into every manifest. */
    public static final String SCHEMA_V1 = "https://mlbom.dev/schema/manifest/v1";

    private static final Pattern EXTENSION_KEY = Pattern.compile("[A-Za-z0-9-]+([.:/][A-Za-z0-9._~:/-]+)+");

    /** Checks the invariants and copies the collections. */
    public Manifest {
        Check check = new Check();
        check.required("model", model);
        datasets = check.list("datasets", datasets);
        check.distinct("datasets", datasets, Dataset::coordinates, "dataset");
        training = check.optional(training);
        evaluation = check.optional(evaluation);
        operations = check.optional(operations);
        dependencies = check.list("dependencies", dependencies);
        check.distinct("dependencies", dependencies, RuntimeDependency::name, "dependency");
        lineage = lineage == null ? Lineage.NONE : lineage;
        events = check.list("events", events);
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).timestamp().isBefore(events.get(i - 1).timestamp())) {
                check.add("events/" + i, "is earlier than the event before it; list events in time order");
            }
        }
        extensions = check.map("extensions", extensions);
        for (String key : extensions.keySet()) {
            if (!EXTENSION_KEY.matcher(key).matches()) {
                check.add("extensions/" + Problem.escape(key), "extension keys must be namespaced,"
                        + " like a reverse domain name ('com.acme.pipeline') or a URI");
            }
        }
        check.done();
    }

    /**
     * Creates a builder; see {@code Provenance.builder()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Manifest} in the words of training code; validates in {@link #build()} and
     * reports every problem at once. Defaults: no datasets, training, evaluation, operations,
     * dependencies, parents, events or extensions; the model (name and version) is required.
     * Not thread-safe.
     */
    public static final class Builder {
        private Consumer<ModelInfo.Builder> model;
        private final List<Supplier<Dataset>> datasets = new ArrayList<>();
        private Supplier<Training> training;
        private Supplier<Evaluation> evaluation;
        private Supplier<Operations> operations;
        private final List<Supplier<RuntimeDependency>> dependencies = new ArrayList<>();
        private final List<Supplier<ParentModel>> parents = new ArrayList<>();
        private final List<Supplier<Event>> events = new ArrayList<>();
        private final Map<String, JsonValue> extensions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Describes the model. Calling it again replaces the earlier description.
         *
         * @param spec fills in a {@link ModelInfo.Builder}
         * @return this builder
         */
        public Builder model(Consumer<ModelInfo.Builder> spec) {
            this.model = spec;
            return this;
        }

        /**
         * Adds a dataset.
         *
         * @param spec fills in a {@link Dataset.Builder}
         * @return this builder
         */
        public Builder dataset(Consumer<Dataset.Builder> spec) {
            datasets.add(() -> {
                Dataset.Builder builder = Dataset.builder();
                spec.accept(builder);
                return builder.build();
            });
            return this;
        }

        /**
         * Adds a dataset record.
         *
         * @param dataset the dataset
         * @return this builder
         */
        public Builder dataset(Dataset dataset) {
            datasets.add(() -> dataset);
            return this;
        }

        /**
         * Describes training. Calling it again replaces the earlier description.
         *
         * @param spec fills in a {@link Training.Builder}
         * @return this builder
         */
        public Builder training(Consumer<Training.Builder> spec) {
            this.training = () -> {
                Training.Builder builder = Training.builder();
                spec.accept(builder);
                return builder.build();
            };
            return this;
        }

        /**
         * Describes evaluation. Calling it again replaces the earlier description.
         *
         * @param spec fills in an {@link Evaluation.Builder}
         * @return this builder
         */
        public Builder evaluation(Consumer<Evaluation.Builder> spec) {
            this.evaluation = () -> {
                Evaluation.Builder builder = Evaluation.builder();
                spec.accept(builder);
                return builder.build();
            };
            return this;
        }

        /**
         * Describes operations. Calling it again replaces the earlier description.
         *
         * @param spec fills in an {@link Operations.Builder}
         * @return this builder
         */
        public Builder operations(Consumer<Operations.Builder> spec) {
            this.operations = () -> {
                Operations.Builder builder = Operations.builder();
                spec.accept(builder);
                return builder.build();
            };
            return this;
        }

        /**
         * Adds a runtime dependency.
         *
         * @param name e.g. {@code kb-articles}
         * @param kind what it is
         * @param version its version, or null
         * @return this builder
         */
        public Builder dependency(String name, ComponentKind kind, String version) {
            dependencies.add(() -> new RuntimeDependency(name, kind, Optional.empty(), Optional.ofNullable(version),
                    Optional.empty(), Optional.empty()));
            return this;
        }

        /**
         * Adds a runtime dependency record.
         *
         * @param dependency the dependency
         * @return this builder
         */
        public Builder dependency(RuntimeDependency dependency) {
            dependencies.add(() -> dependency);
            return this;
        }

        /**
         * Adds a parent model.
         *
         * @param relation how this model derives from it
         * @param name the parent's name
         * @param version the parent's version
         * @param manifestId the parent's manifest id ({@code sha256:...}), or null when it has none
         * @return this builder
         */
        public Builder parent(LineageRelation relation, String name, String version, String manifestId) {
            parents.add(() -> {
                Optional<ManifestId> id = Optional.empty();
                if (manifestId != null) {
                    if (!ManifestId.isValid(manifestId)) {
                        throw new InvalidManifestException(List.of(new Problem("/manifestId",
                                "is not a manifest id: give 'sha256:' and 64 lower-case hex characters")));
                    }
                    id = Optional.of(new ManifestId(manifestId));
                }
                return new ParentModel(relation, Optional.empty(), name, version, id);
            });
            return this;
        }

        /**
         * Adds a parent model record.
         *
         * @param parent the parent
         * @return this builder
         */
        public Builder parent(ParentModel parent) {
            parents.add(() -> parent);
            return this;
        }

        /**
         * Adds an event. Events must be added in time order.
         *
         * @param actor who
         * @param role in which role, or null
         * @param action what
         * @param timestamp when
         * @return this builder
         */
        public Builder event(String actor, String role, String action, Instant timestamp) {
            events.add(() -> new Event(actor, Optional.ofNullable(role), action, timestamp));
            return this;
        }

        /**
         * Adds or replaces an extension.
         *
         * @param key a namespaced key, e.g. {@code com.acme.pipeline}
         * @param value any JSON value
         * @return this builder
         */
        public Builder extension(String key, JsonValue value) {
            extensions.put(key, value);
            return this;
        }

        /**
         * Validates everything and builds the manifest.
         *
         * @return the manifest
         * @throws ManifestException with reason {@code INVALID}, listing every problem by JSON Pointer
         */
        public Manifest build() throws ManifestException {
            Assembly assembly = new Assembly();
            ModelInfo builtModel = model == null ? null : assembly.part("/model", () -> {
                ModelInfo.Builder builder = ModelInfo.builder();
                model.accept(builder);
                return builder.build();
            });
            List<Dataset> builtDatasets = assembly.parts("/datasets", datasets);
            Training builtTraining = training == null ? null : assembly.part("/training", training);
            Evaluation builtEvaluation = evaluation == null ? null : assembly.part("/evaluation", evaluation);
            Operations builtOperations = operations == null ? null : assembly.part("/operations", operations);
            List<RuntimeDependency> builtDependencies = assembly.parts("/dependencies", dependencies);
            List<ParentModel> builtParents = assembly.parts("/lineage/parents", parents);
            Lineage builtLineage = assembly.part("/lineage", () -> new Lineage(builtParents));
            List<Event> builtEvents = assembly.parts("/events", events);
            try {
                return assembly.finish(() -> new Manifest(builtModel, builtDatasets, Optional.ofNullable(builtTraining),
                        Optional.ofNullable(builtEvaluation), Optional.ofNullable(builtOperations), builtDependencies,
                        builtLineage, builtEvents, new TreeMap<>(extensions)));
            } catch (InvalidManifestException e) {
                throw new ManifestException(ManifestException.Reason.INVALID, e.problems(), null);
            }
        }
    }
}
