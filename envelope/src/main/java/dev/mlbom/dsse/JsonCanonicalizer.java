package dev.mlbom.dsse;

import dev.mlbom.error.MlbomException;
import dev.mlbom.model.JsonValue;

/**
 * Turns a JSON value into its canonical bytes. Package-private: the codec uses mlbom's
 * {@code Canonicalizer}; tests in this package substitute a failing one.
 */
@FunctionalInterface
interface JsonCanonicalizer {

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
