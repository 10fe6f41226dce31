package dev.mlbom.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.hash.CancellationToken;
import dev.mlbom.hash.HashProgressListener;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.verify.VerificationException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a verification runs: threads, progress and cancellation, none of which relaxes a check. */
class VerifyOptionsTest {

    private static final int BIG = 8 << 20;

    @TempDir
    Path temp;
    private Path model;
    private Path envelope;
    private Policy policy;
    private long modelBytes;

    @BeforeEach
    void signModel() throws Exception {
        model = Fixtures.model(temp, "support-bot");
        byte[] weights = new byte[BIG];
        new Random(7).nextBytes(weights);
        Files.write(model.resolve("model-00002.safetensors"), weights);
        try (var files = Files.list(model)) {
            modelBytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        envelope = ProvenanceSigner.builder().signer(key.signer()).build()
                .sign(Fixtures.manifest("acme/support-bot", "2.3.0"), model).envelopePath();
        policy = Policy.builder().trust(key.publicKey().verifier()).build();
    }

    @Test
    void defaultsUseEveryProcessorReportNothingAndCannotBeCancelled() {
        VerifyOptions defaults = VerifyOptions.defaults();
        assertThat(Verifier.builder().policy(policy).build().threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(defaults.cancellation()).isEmpty();
        assertThat(defaults.progress()).isNotNull();
        assertThat(defaults.toString()).contains("cancellable=false");
    }

    @Test
    void threadsMustBePositiveAndAPolicyIsRequired() {
        assertThatThrownBy(() -> Verifier.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> VerifyOptions.builder().progress(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Verifier.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("policy");
    }

    private Verifier verifier(int threads) {
        return Verifier.builder().policy(policy).threads(threads).build();
    }

    @Test
    void oneThreadVerifiesAndReportsEveryByte() throws Exception {
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        HashProgressListener listener = (path, done, all) -> {
            last.accumulateAndGet(done, Math::max);
            total.set(all);
        };
        VerifyOptions options = VerifyOptions.builder().progress(listener).build();
        assertThat(verifier(1).verify(ModelFiles.of(model), EnvelopeSource.file(envelope), options).manifest().model().name())
                .isEqualTo("acme/support-bot");
        assertThat(total.get()).isEqualTo(modelBytes);
        assertThat(last.get()).isEqualTo(modelBytes);
    }

    @Test
    void aCancelledTokenFailsTheRunWithCancelled() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        VerifyOptions options = VerifyOptions.builder().cancellation(token).build();
        assertThatThrownBy(() -> verifier(1).verify(ModelFiles.of(model), EnvelopeSource.file(envelope), options))
                .isInstanceOfSatisfying(VerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
                    assertThat(e.getMessage()).contains("cancelled").contains("do not load it");
                });
        VerificationReport report = verifier(1).check(ModelFiles.of(model), EnvelopeSource.file(envelope), options);
        assertThat(report.passed()).isFalse();
        assertThat(report.firstFailure()).hasValueSatisfying(f -> assertThat(f.reason()).contains(Reason.CANCELLED));
    }

    @Test
    void cancellingMidwayStopsTheRehash() {
        CancellationToken token = new CancellationToken();
        AtomicInteger updates = new AtomicInteger();
        VerifyOptions options = VerifyOptions.builder().cancellation(token)
                .progress((path, done, all) -> {
                    updates.incrementAndGet();
                    token.cancel();
                }).build();
        assertThatThrownBy(() -> verifier(1).verify(ModelFiles.of(model), EnvelopeSource.file(envelope), options))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CANCELLED));
        // the 8 MiB file is read in 1 MiB buffers: the run stopped long before its end
        assertThat(updates.get()).isLessThan(BIG / (1 << 20));
    }

    @Test
    void optionsNeverRelaxACheck() throws Exception {
        Files.write(model.resolve("config.json"), "{\"model_type\":\"evil\"}\n".getBytes(UTF_8));
        VerifyOptions options = VerifyOptions.defaults();
        assertThatThrownBy(() -> verifier(1).verify(ModelFiles.of(model), EnvelopeSource.file(envelope), options))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ARTIFACT_DIGEST_MISMATCH));
    }
}
