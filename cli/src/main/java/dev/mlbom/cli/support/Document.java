package dev.mlbom.cli.support;

import dev.mlbom.ProvenanceFormat;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.canonical.ManifestIdentity;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.codec.ManifestFormat;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.Statement;
import dev.mlbom.dsse.StatementCodec;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.sign.ProvenanceSigner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A manifest read from a file: a manifest (JSON or YAML) or a signed envelope, told apart by
 * content ({@code payloadType} and {@code payload} members make an envelope). An envelope's
 * signatures are NOT verified here: only {@code mlbom verify} does that.
 *
 * <p>Immutable; thread-safe.
 *
 * @param file where it was read from
 * @param manifest the manifest (an envelope's predicate)
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
        ManifestFormat format = Manifests.formatOf(file, bytes);
        JsonNode loose = format == ManifestFormat.JSON ? Manifests.looseTree(bytes, format) : null;
        if (loose != null && loose.isObject() && loose.has("payloadType") && loose.has("payload")) {
            try {
                return fromEnvelope(file, bytes);
            } catch (ManifestException e) {
                throw Manifests.rejected(file, e);
            }
        }
        return new Document(file, Manifests.read(file), Optional.empty(), Optional.empty());
    }

    /**
     * Reads an envelope's manifest (signatures not verified).
     *
     * @param file where the bytes came from
     * @param bytes the envelope JSON
     * @return the document
     * @throws MlbomException when the envelope, its statement or its manifest is rejected
     */
    public static Document fromEnvelope(Path file, byte[] bytes) throws MlbomException {
        Envelope envelope = EnvelopeJson.strict().read(bytes);
        Statement statement = new StatementCodec(ManifestIdentity::canonicalBytes)
                .open(envelope, ProvenanceFormat.PREDICATE_TYPE);
        Manifest manifest = ManifestCodec.json().fromTree(statement.predicate());
        return new Document(file, manifest, Optional.of(envelope), Optional.of(statement));
    }

    /**
     * What the file is, for messages.
     *
     * @return {@code envelope} or {@code manifest}
     */
    public String kind() {
        return envelope.isPresent() ? "signed envelope" : "manifest";
    }
}
