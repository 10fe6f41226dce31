package dev.mlbom.document;

import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.Statement;
import dev.mlbom.model.Manifest;
import java.util.Objects;

/**
 * The manifest inside an envelope, read WITHOUT verifying any signature, key, subject or policy.
 * Good for showing, diffing or drawing a record; never for deciding whether to trust or load a
 * model (use {@link dev.mlbom.verify.Verifier}). Made by
 * {@link ProvenanceDocuments#readManifestUnverified(Envelope)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param envelope the envelope it came from (signatures not verified)
 * @param statement the envelope's in-toto statement (not verified)
 * @param manifest the statement's predicate, validated by the codec (not verified)
 */
public record UnverifiedManifest(Envelope envelope, Statement statement, Manifest manifest) {

    /** Checks every part is present. */
    public UnverifiedManifest {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(manifest, "manifest");
    }
}
