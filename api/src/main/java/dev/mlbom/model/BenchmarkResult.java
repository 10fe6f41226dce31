package dev.mlbom.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One benchmark result.
 *
 * @param name the benchmark, e.g. {@code mmlu} (unique within an evaluation together with metric)
 * @param dataset the dataset or split evaluated on
 * @param metric the metric, e.g. {@code accuracy}
 * @param value the score ({@code -0.0} is kept as {@code 0.0})
 * @param date the day it was run
 */
public record BenchmarkResult(String name, Optional<String> dataset, Optional<String> metric, double value,
        LocalDate date) {

    /** Checks the invariants. */
    public BenchmarkResult {
        Check check = new Check();
        check.text("name", name);
        dataset = check.optionalText("dataset", dataset);
        metric = check.optionalText("metric", metric);
        check.finite("value", value);
        value = Check.unsignedZero(value);
        check.required("date", date);
        check.done();
    }

    /**
     * The key results are matched by: name, plus metric when present.
     *
     * @return e.g. {@code mmlu} or {@code mmlu/accuracy}
     */
    public String key() {
        return metric.map(m -> name + "/" + m).orElse(name);
    }

    /**
     * Starts a {@code BenchmarkResult} field by field, so that a field added in a later version does not
     * break callers. Name, value and date are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BenchmarkResult}; the record's constructor checks the values. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String dataset;
        private String metric;
        private Double value;
        private java.time.LocalDate date;

        private Builder() {
        }

        /**
         * Sets the benchmark's name.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the dataset it ran on.
         *
         * @param dataset the value (may be null: absent)
         * @return this builder
         */
        public Builder dataset(String dataset) {
            this.dataset = dataset;
            return this;
        }

        /**
         * Sets the metric.
         *
         * @param metric the value (may be null: absent)
         * @return this builder
         */
        public Builder metric(String metric) {
            this.metric = metric;
            return this;
        }

        /**
         * Sets the result.
         *
         * @param value the value
         * @return this builder
         */
        public Builder value(double value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the date it ran.
         *
         * @param date the value
         * @return this builder
         */
        public Builder date(java.time.LocalDate date) {
            this.date = date;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws InvalidManifestException listing every problem, by field name
         */
        public BenchmarkResult build() {
            return new BenchmarkResult(name, Optional.ofNullable(dataset), Optional.ofNullable(metric),
                    value == null ? Double.NaN : value, date);
        }
    }
}
