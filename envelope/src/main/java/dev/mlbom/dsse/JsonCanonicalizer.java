package dev.mlbom.dsse;

import dev.mlbom.error.MlbomException;
import dev.mlbom.model.JsonValue;

/**
 * Turns a JSON value into its RFC 8785 (JCS) canonical UTF-8 bytes: the one seam through which
 * mlbom's canonical form reaches DSSE payloads. The intended implementation is core's
 * {@code dev.mlbom.canonical.Canonicalizer}, e.g. {@code Canonicalizer.strict()::canonicalize}.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface JsonCanonicalizer {

    /**
     * Canonicalizes.
     *
     * @param tree the JSON value
     * @return the canonical bytes
     * @throws MlbomException when the tree cannot be canonicalized (e.g. a lone surrogate in a
     *     string)
     */
    byte[] canonicalize(JsonValue tree) throws MlbomException;
}
