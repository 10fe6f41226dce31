package dev.mlbom.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prints a JMH JSON result file ({@code -rf json -rff file}) as a readable table: benchmark (with
 * its parameters), mode, score, error, units and, for benchmark methods annotated with
 * {@link BytesPerOperation}, the throughput in GB/s. Secondary metrics (e.g. from {@code -prof gc})
 * are printed as indented rows.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.mlbom.benchmarks.ResultTable result.json}.
 * Stateless; not meant to be shared between threads.
 */
public final class ResultTable {

    private ResultTable() {
    }

    /**
     * Prints the table.
     *
     * @param args the JMH JSON result file
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultTable <jmh-result.json>");
            System.exit(2);
        }
        print(new ObjectMapper().readTree(Path.of(args[0]).toFile()), System.out);
    }

    static void print(JsonNode results, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Benchmark", "Mode", "Cnt", "Score", "Error", "Units", "GB/s"});
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            JsonNode primary = result.path("primaryMetric");
            String unit = primary.path("scoreUnit").asText();
            double score = primary.path("score").asDouble();
            OptionalDouble gbps = gigabytesPerSecond(benchmark, score, unit);
            rows.add(new String[] {
                display(benchmark, result.path("params")),
                result.path("mode").asText(),
                String.valueOf(primary.path("rawData").path(0).size() * primary.path("rawData").size()),
                number(score),
                errorOf(primary),
                unit,
                gbps.isPresent() ? String.format(Locale.ROOT, "%.2f", gbps.getAsDouble()) : ""
            });
            Iterator<Map.Entry<String, JsonNode>> secondary = result.path("secondaryMetrics").properties().iterator();
            while (secondary.hasNext()) {
                Map.Entry<String, JsonNode> metric = secondary.next();
                if (!metric.getKey().contains("gc.alloc.rate") && !metric.getKey().contains("gc.count")) {
                    continue;
                }
                rows.add(new String[] {"  " + metric.getKey(), "", "",
                    number(metric.getValue().path("score").asDouble()), errorOf(metric.getValue()),
                    metric.getValue().path("scoreUnit").asText(), ""});
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean left = i == 0 || i == 1 || i == 5;
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(left ? cell + pad : pad + cell).append(i + 1 < row.length ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String display(String benchmark, JsonNode params) {
        String name = benchmark.startsWith("dev.mlbom.benchmarks.")
                ? benchmark.substring("dev.mlbom.benchmarks.".length()) : benchmark;
        if (params.isMissingNode() || params.isEmpty()) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        params.properties().iterator().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        return name + " (" + String.join(", ", parts) + ")";
    }

    private static String errorOf(JsonNode metric) {
        double error = metric.path("scoreError").asDouble(Double.NaN);
        return Double.isNaN(error) ? "" : "± " + number(error);
    }

    private static String number(double value) {
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** GB/s from the score, when the method declares its bytes per operation. */
    static OptionalDouble gigabytesPerSecond(String benchmark, double score, String unit) {
        long bytes = bytesPerOperation(benchmark);
        if (bytes <= 0 || score <= 0) {
            return OptionalDouble.empty();
        }
        double seconds;
        switch (unit) {
            case "s/op" -> seconds = score;
            case "ms/op" -> seconds = score / 1e3;
            case "us/op" -> seconds = score / 1e6;
            case "ns/op" -> seconds = score / 1e9;
            case "ops/s" -> seconds = 1 / score;
            case "ops/ms" -> seconds = 1 / (score * 1e3);
            case "ops/us" -> seconds = 1 / (score * 1e6);
            case "ops/ns" -> seconds = 1 / (score * 1e9);
            default -> {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(bytes / seconds / 1e9);
    }

    private static long bytesPerOperation(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        try {
            Class<?> type = Class.forName(benchmark.substring(0, dot), false, ResultTable.class.getClassLoader());
            for (Method method : type.getMethods()) {
                BytesPerOperation annotation = method.getAnnotation(BytesPerOperation.class);
                if (method.getName().equals(benchmark.substring(dot + 1)) && annotation != null) {
                    return annotation.value();
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return 0;
        }
        return 0;
    }
}
