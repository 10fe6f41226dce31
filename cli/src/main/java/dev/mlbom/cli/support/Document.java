package dev.mlbom.cli.support;

import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.document.ProvenanceDocument;
import dev.mlbom.document.ProvenanceDocuments;
import dev.mlbom.document.UnverifiedManifest;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.Statement;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A manifest read from a file for the commands that show or compare records: a manifest (JSON or
 * YAML) or a signed envelope, told apart by {@link ProvenanceDocuments} (the library's strict
 * reader). An envelope's signatures are NOT verified here: only {@code mlbom verify} does that.
 *
 * <p>Immutable; thread-safe.
 *
 * @param file where it was read from
 * @param manifest the manifest (an envelope's predicate, unverified)
 * @param envelope the envelope, when the file is one
 * @param statement the envelope's statement, when the file is an envelope
 */
public record Document(Path file, Manifest manifest, Optional<Envelope> envelope, Optional<Statement> statement) {

    /** Checks every part is present. */
    public Document {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(statement, "statement");
    }

    /**
     * Reads a manifest or an envelope.
     *
     * @param file the file
     * @return the document
     * @throws CliException when the file is missing, malformed or invalid (every problem listed)
     * @throws MlbomException when the envelope or its statement is rejected
     */
    public static Document read(Path file) throws CliException, MlbomException {
        byte[] bytes = Manifests.readBytes(file);
        ManifestFormat format = ProvenanceDocuments.formatOf(file, bytes);
        Manifests.refusePlaceholders(file, bytes, format);
        try {
            ProvenanceDocument document = ProvenanceDocuments.read(bytes, file.toString(), format);
            if (document instanceof ProvenanceDocument.EnvelopeDocument envelope) {
                UnverifiedManifest unverified = ProvenanceDocuments.readManifestUnverified(envelope);
                return new Document(file, unverified.manifest(), Optional.of(unverified.envelope()),
                        Optional.of(unverified.statement()));
            }
            return new Document(file, ((ProvenanceDocument.ManifestDocument) document).manifest(), Optional.empty(),
                    Optional.empty());
        } catch (ManifestException e) {
            throw Manifests.rejected(file, e);
        } catch (EnvelopeException e) {
            // name the file: with two inputs (diff) the reason alone does not say which was not understood
            throw CliException.rejected(e.reasonCode(), file + ": " + e.getMessage(), List.of(), e);
        }
    }

    /**
     * What the file is, for messages.
     *
     * @return {@code signed envelope} or {@code manifest}
     */
    public String kind() {
        return envelope.isPresent() ? "signed envelope" : "manifest";
    }
}
