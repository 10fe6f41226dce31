package dev.mlbom.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancellationTokenTest {

    @Test
    void aNewTokenIsNotCancelledUntilCancelIsCalled() {
        CancellationToken token = new CancellationToken();
        assertThat(token.isCancelled()).isFalse();
        token.cancel();
        token.cancel();
        assertThat(token.isCancelled()).isTrue();
    }

    @Test
    void afterCancelsItselfOnceTheTimeIsUp() throws InterruptedException {
        long start = System.nanoTime();
        CancellationToken token = CancellationToken.after(Duration.ofMillis(50));
        assertThat(token.isCancelled()).isFalse();
        while (!token.isCancelled() && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(5);
        }
        assertThat(token.isCancelled()).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    }

    @Test
    void afterCanStillBeCancelledEarly() {
        CancellationToken token = CancellationToken.after(Duration.ofHours(1));
        assertThat(token.isCancelled()).isFalse();
        token.cancel();
        assertThat(token.isCancelled()).isTrue();
    }

    @Test
    void aZeroNegativeOrHugeTimeout() {
        assertThat(CancellationToken.after(Duration.ZERO).isCancelled()).isTrue();
        assertThat(CancellationToken.after(Duration.ofSeconds(-1)).isCancelled()).isTrue();
        assertThat(CancellationToken.after(Duration.ofSeconds(Long.MAX_VALUE)).isCancelled()).isFalse();
        assertThatNullPointerException().isThrownBy(() -> CancellationToken.after(null));
    }

    @Test
    void manyTokensShareOneDaemonThread() {
        for (int i = 0; i < 1000; i++) {
            CancellationToken.after(Duration.ofHours(1)).cancel();
        }
        long timers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("mlbom-cancellation-timer"))
                .peek(t -> assertThat(t.isDaemon()).isTrue())
                .count();
        assertThat(timers).isEqualTo(1);
    }

    @Test
    void aDeadlineStopsHashing(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("weights.bin"), new byte[1 << 20]);
        CancellationToken expired = CancellationToken.after(Duration.ZERO);
        assertThatExceptionOfType(HashingException.class)
                .isThrownBy(() -> ArtifactHasher.builder().build().hashDirectory(dir, expired))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(HashingException.Reason.CANCELLED));
    }
}
