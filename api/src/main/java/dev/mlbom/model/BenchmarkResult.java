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
}
