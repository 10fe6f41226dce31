package dev.mlbom.canonical;

import dev.mlbom.canonical.internal.TreeWriter;
import dev.mlbom.codec.internal.Bindings;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestId;

/**
 * Computes manifest identities: {@code sha256:} over the RFC 8785 canonical bytes of the
 * manifest's JSON form. This is the one definition every part of mlbom uses (lineage references,
 * envelopes, diffs).
 *
 * <p>Stateless and thread-safe.
 */
public final class ManifestIdentity {

    private static final Canonicalizer CANONICALIZER = Canonicalizer.strict();

    private ManifestIdentity() {
    }

    /**
     * The identity of a manifest.
     *
     * @param manifest the manifest
     * @return its id
     */
    public static ManifestId of(Manifest manifest) {
        try {
            return compute(manifest);
        } catch (CanonicalizationException e) {
            throw new IllegalArgumentException("the manifest cannot be canonicalized: " + e.getMessage(), e);
        }
    }

    /**
     * The identity of a manifest, with a checked failure for text that cannot be canonical JSON
     * (a lone surrogate in a string).
     *
     * @param manifest the manifest
     * @return its id
     * @throws CanonicalizationException when the manifest's JSON cannot be canonicalized
     */
    public static ManifestId compute(Manifest manifest) throws CanonicalizationException {
        byte[] canonical = TreeWriter.canonicalize(Bindings.current().toTree(java.util.Objects.requireNonNull(manifest,
                "manifest")), CANONICALIZER.maxDepth(), CANONICALIZER.maxBytes());
        return new ManifestId(Canonicalizer.sha256Id(canonical));
    }

    /**
     * The identity of a manifest's JSON form (for example the predicate of a statement).
     *
     * @param tree the manifest as JSON
     * @return its id
     * @throws IllegalArgumentException when the value cannot be canonicalized (lone surrogates); a
     *     value produced by the codec always can
     */
    public static ManifestId ofTree(JsonValue tree) {
        return new ManifestId(Canonicalizer.sha256Id(canonicalBytes(tree)));
    }

    /**
     * The canonical bytes of a manifest's JSON form.
     *
     * @param tree the manifest as JSON
     * @return RFC 8785 bytes
     * @throws IllegalArgumentException when the tree cannot be canonicalized
     */
    public static byte[] canonicalBytes(JsonValue tree) {
        try {
            return CANONICALIZER.canonicalize(tree);
        } catch (CanonicalizationException e) {
            throw new IllegalArgumentException("the manifest cannot be canonicalized: " + e.getMessage(), e);
        }
    }
}
