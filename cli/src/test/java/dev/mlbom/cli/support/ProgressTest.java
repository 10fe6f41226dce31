package dev.mlbom.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private Progress progress(ProgressMode mode) {
        return new Progress(new PrintWriter(text, true), mode, "hashing", 100, nanos::get);
    }

    @Test
    void barShowsPercentBytesRateEtaAndFile() {
        Progress bar = progress(ProgressMode.BAR);
        nanos.set(2_000_000_000L);
        bar.update("weights/model.safetensors", 512L << 20, 1L << 30);
        assertThat(text.toString()).startsWith("\rhashing [==========>         ]  50%  512 MiB/1.0 GiB  256 MiB/s  ETA 2s"
                + "  weights/model.safetensors");
        bar.finish();
        assertThat(text.toString()).endsWith("hashing done: 512 MiB in 2s" + " ".repeat(99 - 27) + "\n");
    }

    @Test
    void barRedrawsAtMostEvery100Ms() {
        Progress bar = progress(ProgressMode.BAR);
        nanos.set(150_000_000L);
        bar.update("a", 1, 10);
        nanos.set(200_000_000L);
        bar.update("a", 2, 10);
        assertThat(text.toString().chars().filter(c -> c == '\r')).hasSize(1);
    }

    @Test
    void longFileNamesAreShortenedFromTheLeft() {
        Progress bar = progress(ProgressMode.BAR);
        nanos.set(1_000_000_000L);
        bar.update("x".repeat(200) + "/end.bin", 1, 2);
        String line = text.toString().substring(1);
        assertThat(line).hasSize(99).contains("...").endsWith("/end.bin");
    }

    @Test
    void plainPrintsOnlyAfterFiveSecondsAndNothingAtTheEnd() {
        Progress plain = progress(ProgressMode.PLAIN);
        nanos.set(4_000_000_000L);
        plain.update("a.bin", 10, 100);
        assertThat(text.toString()).isEmpty();
        nanos.set(5_000_000_000L);
        plain.update("a.bin", 50, 100);
        assertThat(text.toString()).isEqualTo("mlbom: hashing 50% (50 B of 100 B, 10 B/s, ETA 5s) a.bin\n");
        plain.finish();
        assertThat(text.toString()).hasLineCount(1);
    }

    @Test
    void noneIsSilent() {
        Progress none = progress(ProgressMode.NONE);
        nanos.set(60_000_000_000L);
        none.update("a", 1, 2);
        none.finish();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void sizesAndDurationsReadWell() {
        assertThat(Sizes.bytes(0)).isEqualTo("0 B");
        assertThat(Sizes.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.bytes(300L << 30)).isEqualTo("300 GiB");
        assertThat(Sizes.duration(59)).isEqualTo("59s");
        assertThat(Sizes.duration(185)).isEqualTo("3m05s");
        assertThat(Sizes.duration(7620)).isEqualTo("2h07m");
    }
}
