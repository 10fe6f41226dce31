package dev.mlbom.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the model was evaluated: benchmark results, red-teaming, failure modes and limitations.
 *
 * @param benchmarks benchmark results; each name+metric once
 * @param redTeaming adversarial testing exercises
 * @param failureModes known failure modes
 * @param limitations known limitations
 */
public record Evaluation(List<BenchmarkResult> benchmarks, List<RedTeamExercise> redTeaming, List<String> failureModes,
        List<String> limitations) {

    /** Checks the invariants and copies the lists. */
    public Evaluation {
        Check check = new Check();
        benchmarks = check.list("benchmarks", benchmarks);
        check.distinct("benchmarks", benchmarks, BenchmarkResult::key, "benchmark");
        redTeaming = check.list("redTeaming", redTeaming);
        failureModes = check.texts("failureModes", failureModes);
        limitations = check.texts("limitations", limitations);
        check.done();
    }

    /**
     * Creates a builder. Defaults: every list empty.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Evaluation}. Not thread-safe.
     */
    public static final class Builder {
        private final List<Supplier<BenchmarkResult>> benchmarks = new ArrayList<>();
        private final List<Supplier<RedTeamExercise>> redTeaming = new ArrayList<>();
        private final List<String> failureModes = new ArrayList<>();
        private final List<String> limitations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a benchmark result.
         *
         * @param name e.g. {@code mmlu}
         * @param value the score
         * @param date the day it was run
         * @return this builder
         */
        public Builder benchmark(String name, double value, LocalDate date) {
            benchmarks.add(() -> new BenchmarkResult(name, Optional.empty(), Optional.empty(), value, date));
            return this;
        }

        /**
         * Adds a benchmark result with its dataset and metric.
         *
         * @param name e.g. {@code mmlu}
         * @param dataset e.g. {@code cais/mmlu test}, or null
         * @param metric e.g. {@code accuracy}, or null
         * @param value the score
         * @param date the day it was run
         * @return this builder
         */
        public Builder benchmark(String name, String dataset, String metric, double value, LocalDate date) {
            benchmarks.add(() -> new BenchmarkResult(name, Optional.ofNullable(dataset), Optional.ofNullable(metric),
                    value, date));
            return this;
        }

        /**
         * Adds a red-teaming exercise.
         *
         * @param date the day it ended
         * @param scope what was tested
         * @param findings what was found
         * @return this builder
         */
        public Builder redTeaming(LocalDate date, String scope, String... findings) {
            redTeaming.add(() -> new RedTeamExercise(date, scope, List.of(findings)));
            return this;
        }

        /**
         * Adds a known failure mode.
         *
         * @param failureMode e.g. {@code hallucinates order numbers}
         * @return this builder
         */
        public Builder failureMode(String failureMode) {
            failureModes.add(failureMode);
            return this;
        }

        /**
         * Adds a known limitation.
         *
         * @param limitation e.g. {@code not evaluated on non-English tickets}
         * @return this builder
         */
        public Builder limitation(String limitation) {
            limitations.add(limitation);
            return this;
        }

        /**
         * Builds the evaluation.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem
         */
        public Evaluation build() {
            Assembly assembly = new Assembly();
            List<BenchmarkResult> builtBenchmarks = assembly.parts("/benchmarks", benchmarks);
            List<RedTeamExercise> builtRedTeaming = assembly.parts("/redTeaming", redTeaming);
            return assembly.finish(() -> new Evaluation(builtBenchmarks, builtRedTeaming, failureModes, limitations));
        }
    }
}
