package dev.mlbom.lineage;

import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;

/**
 * Computes a manifest's identity: {@code sha256:} over its RFC 8785 canonical JSON. The one seam
 * through which lineage code learns manifest ids; {@link #canonical()} is the real one.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ManifestIdentifier {

    /**
     * Computes the id of a manifest.
     *
     * @param manifest the manifest
     * @return its id
     * @throws MlbomException when the manifest cannot be encoded or canonicalized
     */
    ManifestId idOf(Manifest manifest) throws MlbomException;

    /**
     * The canonical identity: the codec's JSON tree of the manifest, canonicalized by RFC 8785,
     * hashed with SHA-256.
     *
     * @return the identifier; thread-safe
     */
    static ManifestIdentifier canonical() {
        return dev.mlbom.lineage.internal.CanonicalIdentity.INSTANCE;
    }
}
