package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations in messages read as people write them. */
class DurationsTest {

    @Test
    void largestUnitsFirstWithoutZeroParts() {
        assertThat(Durations.human(Duration.ofDays(90))).isEqualTo("90d");
        assertThat(Durations.human(Duration.ofHours(2160))).isEqualTo("90d");
        assertThat(Durations.human(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Durations.human(Duration.ofHours(60))).isEqualTo("2d12h");
        assertThat(Duration.parse("PT1H30M15S")).satisfies(d -> assertThat(Durations.human(d)).isEqualTo("1h30m15s"));
        assertThat(Durations.human(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.human(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(Durations.human(Duration.ofDays(-1))).isEqualTo("-1d");
    }
}
