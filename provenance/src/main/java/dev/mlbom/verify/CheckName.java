package dev.mlbom.verify;

import java.util.Locale;
import java.util.Optional;

/**
 * The checks the {@link Verifier} runs, in this order: cheap checks first, so that a forged or
 * stale record is refused before any model file is hashed.
 *
 * <p>Every output names a check by its {@linkplain #id() id}, the constant's name in lower case
 * with hyphens: {@code envelope}, {@code signatures}, {@code statement}, {@code schema},
 * {@code required-fields}, {@code subjects}, {@code freshness}, {@code rollback},
 * {@code artifacts}, {@code lineage}. {@code mlbom verify} prints it in its text lines and as
 * {@code "check"} in {@link VerificationReport#toJson()}; reason codes, by contrast, stay in upper
 * case ({@code REQUIRED_FIELD_MISSING}), so a check and a reason are never confused.
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
    LINEAGE;

    /**
     * The check's id in every output: lower case, words joined by hyphens.
     *
     * @return e.g. {@code required-fields}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The check with an id.
     *
     * @param id e.g. {@code required-fields}
     * @return the check, or empty when no check has that id
     */
    public static Optional<CheckName> fromId(String id) {
        for (CheckName check : values()) {
            if (check.id().equals(id)) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
