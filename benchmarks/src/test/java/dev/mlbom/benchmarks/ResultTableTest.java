package dev.mlbom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final String HASH = "dev.mlbom.benchmarks.hash.HashingBenchmark.directoryPerFile";

    @Test
    void gigabytesPerSecondComeFromTheAnnotatedBytesAndTheTimeUnit() {
        // 4 GiB in 2 s = 2.147 GB/s, whatever the unit
        assertThat(ResultTable.gigabytesPerSecond(HASH, 2000, "ms/op").orElseThrow()).isCloseTo(2.147, within(0.001));
        assertThat(ResultTable.gigabytesPerSecond(HASH, 2, "s/op").orElseThrow()).isCloseTo(2.147, within(0.001));
        assertThat(ResultTable.gigabytesPerSecond(HASH, 0.5, "ops/s").orElseThrow()).isCloseTo(2.147, within(0.001));
        assertThat(ResultTable.gigabytesPerSecond(HASH, 2, "B/op")).isEmpty();
        assertThat(ResultTable.gigabytesPerSecond("dev.mlbom.benchmarks.Nope.run", 2, "s/op")).isEmpty();
        assertThat(ResultTable.gigabytesPerSecond(
                "dev.mlbom.benchmarks.hash.HashingBenchmark.setUp", 2, "s/op")).isEmpty();
    }

    @Test
    void printsOneRowPerResultWithParamsAndGigabytesPerSecond() throws Exception {
        String json = """
                [{"benchmark": "%s", "mode": "avgt", "params": {"shardSize": "268435456"},
                  "primaryMetric": {"score": 2000.0, "scoreError": 12.5, "scoreUnit": "ms/op",
                                    "rawData": [[1990.0, 2000.0, 2010.0]]},
                  "secondaryMetrics": {}}]
                """.formatted(HASH);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ResultTable.print(new ObjectMapper().readTree(json), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Benchmark").endsWith("GB/s");
        assertThat(lines[1]).startsWith("hash.HashingBenchmark.directoryPerFile (shardSize=268435456)")
                .contains("avgt", "2000", "± 12.5", "ms/op").endsWith("2.15");
    }
}
