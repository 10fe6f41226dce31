package dev.mlbom.lineage.internal;

import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.lineage.ManifestIdentifier;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;

/**
 * The canonical manifest identity as a {@link ManifestIdentifier}: delegates to
 * {@link ManifestIdentity}, the one definition. Thread-safe.
 */
public final class CanonicalIdentity implements ManifestIdentifier {

    /** The one instance. */
    public static final CanonicalIdentity INSTANCE = new CanonicalIdentity();

    private CanonicalIdentity() {
    }

    @Override
    public ManifestId idOf(Manifest manifest) throws CanonicalizationException {
        return ManifestIdentity.compute(manifest);
    }
}
