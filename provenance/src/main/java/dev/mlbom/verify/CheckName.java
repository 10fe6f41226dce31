package dev.mlbom.verify;

/**
 * The checks the {@link Verifier} runs, in this order: cheap checks first, so that a forged or
 * stale record is refused before any model file is hashed.
 */
public enum CheckName {
    /** The envelope file exists, parses, and its payloadType is in-toto. */
    ENVELOPE,
    /** Enough distinct trusted, valid, unrevoked keys signed the payload. */
    SIGNATURES,
    /** The payload is a canonical in-toto Statement v1 with mlbom's predicate type. */
    STATEMENT,
    /** The manifest validates against the schema and the model's rules. */
    SCHEMA,
    /** The record is of the model the policy names (and the exact manifest, when pinned). */
    IDENTITY,
    /** The manifest has every field the policy requires. */
    REQUIRED_FIELDS,
    /** The statement's subjects are exactly the manifest's artifacts. */
    SUBJECTS,
    /** The record is neither too old nor from the future. */
    FRESHNESS,
    /** The model's version is not lower than the policy's minimum. */
    ROLLBACK,
    /** Every listed file is present with its size and digests; nothing unexpected is present. */
    ARTIFACTS,
    /** Every ancestor's envelope is present and verifies (when the policy asks). */
    LINEAGE
}
