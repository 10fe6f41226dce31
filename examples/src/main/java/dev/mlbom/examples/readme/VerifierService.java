package dev.mlbom.examples.readme;

// tag::service[]
import dev.mlbom.hash.CancellationToken;
import dev.mlbom.verify.EnvelopeSource;
import dev.mlbom.verify.ModelFiles;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.Verifier;
import dev.mlbom.verify.VerifyOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

// end::service[]
/**
 * The README's block on a service that verifies more than once: one {@link Verifier}, models
 * and envelopes from anywhere, a progress bar and a deadline. Thread-safe.
 */
public final class VerifierService {

    // tag::service[]
    private final Verifier verifier;                 // thread-safe: build it once, reuse it

    public VerifierService(Policy policy) {
        this.verifier = Verifier.builder().policy(policy).threads(2).build();
    }

    public VerifiedProvenance fromDisk(Path model) throws VerificationException {
        return verifier.verify(model);               // the envelope beside the model
    }

    public VerifiedProvenance fromRegistry(Path model, byte[] envelopeJson, String origin)
            throws VerificationException {
        ProgressBar bar = new ProgressBar(System.err);
        CancellationToken deadline = CancellationToken.after(Duration.ofMinutes(2));   // a startup budget
        return verifier.verify(
            ModelFiles.of(model),
            EnvelopeSource.of(envelopeJson, origin), // e.g. an HTTP response's body and its URL
            VerifyOptions.builder()
                .progress((path, bytesDone, bytesTotal) -> bar.update(bytesDone, bytesTotal))
                .cancellation(deadline)              // past it: VerificationException with CANCELLED
                .build());
    }

    /** Prints "verifying: 40%" at every tenth; called from hashing threads, one at a time. */
    static final class ProgressBar {
        private final PrintStream out;
        private volatile long lastTenth = -1;

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        void update(long done, long total) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println("verifying: " + tenth * 10 + "%");
            }
        }
    }
    // end::service[]
}
