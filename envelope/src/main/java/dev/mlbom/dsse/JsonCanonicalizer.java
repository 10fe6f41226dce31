package dev.mlbom.dsse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.error.MlbomException;

/**
 * Turns a JSON tree into its RFC 8785 (JCS) canonical UTF-8 bytes: the one seam through which
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
     * @param tree the JSON tree
     * @return the canonical bytes
     * @throws MlbomException when the tree cannot be canonicalized (e.g. a non-finite number or a
     *     lone surrogate in a string)
     */
    byte[] canonicalize(JsonNode tree) throws MlbomException;
}
