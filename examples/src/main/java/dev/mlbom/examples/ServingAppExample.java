package dev.mlbom.examples;

import dev.mlbom.crypto.KeyException;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.Verifier;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serving app's startup: verify the model's signed provenance before loading it; on any
 * failure, log one clear line and refuse to start.
 *
 * <pre>
 * java ... dev.mlbom.examples.ServingAppExample MODEL_DIR PUBLIC_KEY.pem
 * </pre>
 *
 * <p>Exit code 0 when the model verified, 1 when it was refused, 2 on bad arguments.
 */
public final class ServingAppExample {

    private static final Logger LOG = LoggerFactory.getLogger(ServingAppExample.class);

    private ServingAppExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the model directory and the trusted public key (SPKI PEM)
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Verifies and "starts".
     *
     * @param args the model directory and the trusted public key (SPKI PEM)
     * @return 0 when started, 1 when the model was refused, 2 on bad arguments
     */
    static int run(String[] args) {
        if (args.length != 2) {
            LOG.error("usage: ServingAppExample MODEL_DIR PUBLIC_KEY.pem");
            return 2;
        }
        Path model = Path.of(args[0]);
        Policy policy;
        try {
            policy = Policy.builder().trust(KeyFiles.readPublicKey(Path.of(args[1])).verifier()).build();
        } catch (KeyException e) {
            LOG.error("cannot read the trusted key: {}", e.getMessage());
            return 2;
        }
        try {
            VerifiedProvenance verified = Verifier.verify(model, policy);
            LOG.info("model {} verified ({}), signed by {}; starting", verified.manifest().model().coordinates(),
                    verified.manifestId(), verified.signerKeyIds());
            return 0;
        } catch (VerificationException e) {
            LOG.error("refusing to start: model {} failed verification: {}: {}", model, e.reasonCode(), e.getMessage());
            return 1;
        }
    }
}
