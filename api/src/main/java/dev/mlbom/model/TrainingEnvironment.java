package dev.mlbom.model;

import java.util.Map;
import java.util.Optional;

/**
 * The hardware and software environment training ran in, and a digest that pins it.
 *
 * @param hardware e.g. {@code 8x NVIDIA H100 80GB}
 * @param software software name to version, e.g. {@code torch: 2.5.1}, sorted by name
 * @param containerImage the container image, e.g. {@code ghcr.io/acme/trainer:1.4}
 * @param digest a digest of the environment (image digest or lock file hash)
 */
public record TrainingEnvironment(Optional<String> hardware, Map<String, String> software,
        Optional<String> containerImage, Optional<Digest> digest) {

    /** Checks the values and copies the map. */
    public TrainingEnvironment {
        Check check = new Check();
        hardware = check.optionalText("hardware", hardware);
        software = check.map("software", software);
        containerImage = check.optionalText("containerImage", containerImage);
        digest = check.optional(digest);
        check.done();
    }
}
