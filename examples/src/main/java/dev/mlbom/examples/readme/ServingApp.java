package dev.mlbom.examples.readme;

// tag::serving[]
import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.model.Manifest;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.Verifier;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// end::serving[]
/**
 * The README's "Serving app" block: verify the model at startup, refuse to start when it does
 * not verify. Run with {@code MODEL_DIR PUBLIC_KEY.pem}; exit code 0 verified, 1 refused.
 */
public final class ServingApp {

    private ServingApp() {
    }

    /**
     * Starts the "app".
     *
     * @param args the model directory and the trusted public key (SPKI PEM)
     * @throws KeyException when the key cannot be read
     */
    public static void main(String[] args) throws KeyException {
        try {
            start(Path.of(args[0]), Path.of(args[1]));
        } catch (VerificationException e) {
            System.exit(1);
        }
    }

    // tag::serving[]
    private static final Logger LOG = LoggerFactory.getLogger(ServingApp.class);

    public static VerifiedProvenance start(Path model, Path trustedKey) throws KeyException, VerificationException {
        Policy policy = Policy.builder()
            .trust(KeyFiles.readPublicKey(trustedKey).verifier())
            .requireModel("acme/support-bot") // the model this app loads: no other model signed by the key
            .minimumVersion("2.3.0")          // rollback protection (SemVer or PEP 440 order)
            .maxAge(Duration.ofDays(90))      // freshness
            .build();                         // strict by default; an empty trust set does not build
        try {
            VerifiedProvenance verified = Verifier.verify(model, policy);
            load(verified.manifest());
            return verified;
        } catch (VerificationException e) {
            LOG.error("refusing to start: {}: {}", e.reasonCode(), e.getMessage());
            throw e;                          // the model does not load; main() exits with status 1
        }
    }

    private static void load(Manifest manifest) {
        LOG.info("loading {}", manifest.model().coordinates());   // your model server starts here
    }
    // end::serving[]
}
