package dev.mlbom.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * How the model was trained.
 *
 * @param procedure the training procedure
 * @param procedureOther the procedure, when {@code procedure} is {@code OTHER}
 * @param hyperparameters the hyperparameters
 * @param code the training code
 * @param environment the hardware/software environment and its digest
 * @param compute compute used
 * @param alignment alignment and safety training applied (e.g. {@code DPO on refusal pairs})
 * @param startedAt when training started
 * @param endedAt when training ended; not before {@code startedAt}
 */
public record Training(TrainingProcedure procedure, Optional<String> procedureOther, Hyperparameters hyperparameters,
        Optional<CodeReference> code, Optional<TrainingEnvironment> environment, Optional<Compute> compute,
        List<String> alignment, Optional<Instant> startedAt, Optional<Instant> endedAt) {

    /** Checks the invariants and copies the list. */
    public Training {
        Check check = new Check();
        check.required("procedure", procedure);
        procedureOther = check.other("procedure", procedure, TrainingProcedure.OTHER, procedureOther);
        check.required("hyperparameters", hyperparameters);
        code = check.optional(code);
        environment = check.optional(environment);
        compute = check.optional(compute);
        alignment = check.texts("alignment", alignment);
        startedAt = check.optional(startedAt);
        endedAt = check.optional(endedAt);
        check.order("startedAt", startedAt, "endedAt", endedAt);
        check.done();
    }

    /**
     * Creates a builder. Defaults: no hyperparameters, every optional value empty; procedure is
     * required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Training}. Not thread-safe.
     */
    public static final class Builder {
        private TrainingProcedure procedure;
        private String procedureOther;
        private Integer epochs;
        private Double learningRate;
        private Integer batchSize;
        private final Map<String, JsonValue> otherHyperparameters = new TreeMap<>();
        private Supplier<CodeReference> code;
        private Supplier<TrainingEnvironment> environment;
        private Supplier<Compute> compute;
        private final List<String> alignment = new ArrayList<>();
        private Instant startedAt;
        private Instant endedAt;

        private Builder() {
        }

        /**
         * Sets the procedure (required).
         *
         * @param procedure e.g. {@code LORA}
         * @return this builder
         */
        public Builder procedure(TrainingProcedure procedure) {
            this.procedure = procedure;
            this.procedureOther = null;
            return this;
        }

        /**
         * Sets a procedure that is not in {@link TrainingProcedure}.
         *
         * @param description the procedure in a few words
         * @return this builder
         */
        public Builder otherProcedure(String description) {
            this.procedure = TrainingProcedure.OTHER;
            this.procedureOther = description;
            return this;
        }

        /**
         * Sets the number of epochs.
         *
         * @param epochs epochs
         * @return this builder
         */
        public Builder epochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /**
         * Sets the learning rate.
         *
         * @param learningRate e.g. {@code 2e-5}
         * @return this builder
         */
        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Sets the batch size.
         *
         * @param batchSize e.g. {@code 64}
         * @return this builder
         */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets another numeric hyperparameter.
         *
         * @param name e.g. {@code lora_rank}
         * @param value e.g. {@code 16}
         * @return this builder
         */
        public Builder hyperparameter(String name, double value) {
            otherHyperparameters.put(name, JsonValue.of(value));
            return this;
        }

        /**
         * Sets another textual hyperparameter.
         *
         * @param name e.g. {@code scheduler}
         * @param value e.g. {@code cosine}
         * @return this builder
         */
        public Builder hyperparameter(String name, String value) {
            otherHyperparameters.put(name, JsonValue.of(value));
            return this;
        }

        /**
         * Sets the training code.
         *
         * @param repository the repository
         * @param commit the commit, or null
         * @return this builder
         */
        public Builder code(String repository, String commit) {
            this.code = () -> new CodeReference(repository, Optional.ofNullable(commit), Optional.empty());
            return this;
        }

        /**
         * Sets the training code.
         *
         * @param code the code reference
         * @return this builder
         */
        public Builder code(CodeReference code) {
            this.code = () -> code;
            return this;
        }

        /**
         * Sets the environment.
         *
         * @param environment hardware, software, container image and digest
         * @return this builder
         */
        public Builder environment(TrainingEnvironment environment) {
            this.environment = () -> environment;
            return this;
        }

        /**
         * Sets the compute used.
         *
         * @param compute the compute
         * @return this builder
         */
        public Builder compute(Compute compute) {
            this.compute = () -> compute;
            return this;
        }

        /**
         * Adds an alignment or safety training step.
         *
         * @param step e.g. {@code DPO on 12k refusal pairs}
         * @return this builder
         */
        public Builder alignment(String step) {
            alignment.add(step);
            return this;
        }

        /**
         * Sets when training ran.
         *
         * @param startedAt the start, or null
         * @param endedAt the end, or null
         * @return this builder
         */
        public Builder ran(Instant startedAt, Instant endedAt) {
            this.startedAt = startedAt;
            this.endedAt = endedAt;
            return this;
        }

        /**
         * Builds the training record.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem
         */
        public Training build() {
            Assembly assembly = new Assembly();
            Hyperparameters hyperparameters = assembly.part("/hyperparameters", () -> new Hyperparameters(
                    Optional.ofNullable(epochs), Optional.ofNullable(learningRate), Optional.ofNullable(batchSize),
                    otherHyperparameters));
            CodeReference builtCode = code == null ? null : assembly.part("/code", code);
            TrainingEnvironment builtEnvironment = environment == null ? null
                    : assembly.part("/environment", environment);
            Compute builtCompute = compute == null ? null : assembly.part("/compute", compute);
            return assembly.finish(() -> new Training(procedure, Optional.ofNullable(procedureOther), hyperparameters,
                    Optional.ofNullable(builtCode), Optional.ofNullable(builtEnvironment),
                    Optional.ofNullable(builtCompute), alignment, Optional.ofNullable(startedAt),
                    Optional.ofNullable(endedAt)));
        }
    }
}
