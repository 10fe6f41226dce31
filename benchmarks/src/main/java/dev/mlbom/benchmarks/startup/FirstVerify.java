package dev.mlbom.benchmarks.startup;

import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.Verifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The library's first verification in a fresh JVM, timed from the process's start: what an
 * application pays when the first model it loads is checked with {@link Verifier}. Not a JMH
 * benchmark (a cold start happens once per process); run it in a whole-process loop:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.mlbom.benchmarks.startup.FirstVerify demo/model demo/release.pub
 * }</pre>
 *
 * <p>Prints one line: milliseconds from process start to {@code main}, to the built verifier, and
 * to the verified result.
 */
public final class FirstVerify {

    private FirstVerify() {
    }

    /**
     * Verifies a model once and prints the timings.
     *
     * @param args the model directory and a trusted public key (SPKI PEM)
     * @throws Exception when the model does not verify
     */
    public static void main(String[] args) throws Exception {
        long atMain = System.nanoTime();
        Instant processStart = ProcessHandle.current().info().startInstant().orElseThrow();
        Instant mainInstant = Instant.now();
        var key = KeyFiles.readPublicKey(Path.of(args[1])).verifier();
        long keyRead = System.nanoTime();
        Policy policy = Policy.builder().trust(key).build();
        Verifier verifier = Verifier.builder().policy(policy).build();
        long built = System.nanoTime();
        VerifiedProvenance verified = verifier.verify(Path.of(args[0]));
        long done = System.nanoTime();
        double toMain = Duration.between(processStart, mainInstant).toNanos() / 1e6;
        System.out.printf(Locale.ROOT, "%s: process start -> main %.0f ms, -> key read %.0f ms, -> verifier built %.0f ms,"
                + " -> verified %.0f ms (verify call %.0f ms)%n", verified.manifestId(), toMain,
                toMain + (keyRead - atMain) / 1e6, toMain + (built - atMain) / 1e6, toMain + (done - atMain) / 1e6, (done - built) / 1e6);
    }
}
