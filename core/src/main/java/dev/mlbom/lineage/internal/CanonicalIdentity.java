package dev.mlbom.lineage.internal;

import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.lineage.ManifestIdentifier;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;

/**
 * The canonical manifest identity: the codec's JSON tree of the manifest, RFC 8785 canonical
 * bytes from the canonicalizer, SHA-256. Thread-safe.
 */
public final class CanonicalIdentity implements ManifestIdentifier {

    /** The one instance. */
    public static final CanonicalIdentity INSTANCE = new CanonicalIdentity();

    private static final ManifestCodec CODEC = ManifestCodec.json();
    private static final Canonicalizer CANONICALIZER = Canonicalizer.strict();

    private CanonicalIdentity() {
    }

    @Override
    public ManifestId idOf(Manifest manifest) throws CanonicalizationException {
        return new ManifestId(Canonicalizer.sha256Id(CANONICALIZER.canonicalize(CODEC.toTree(manifest))));
    }
}
